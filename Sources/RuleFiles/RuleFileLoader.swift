import FoundationEssentials
import SetupModel
import YAMLSource
import SourceText

/// A rule file that cannot be used: the file, the position and what is wrong.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let position: SourcePosition
    public let message: String

    public init(file: String, position: SourcePosition, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String { "\(file):\(position.line):\(position.column): \(message)" }
}

/// Reads one rule file (format: `Rules/README.md`) through the same YAML layer as setups, strictly:
/// an unknown key, a missing field, an unknown check or a bad parameter is an error at its line.
public enum RuleFileLoader {
    static let keys = ["id", "severity", "title", "rationale", "guide", "fix", "needs", "appliesTo", "tags", "autofix", "message", "given", "check", "examples"]
    static let fixKeys = ["summary", "lightning", "classic", "cyclr"]
    static let exampleKeys = ["failing", "passing"]
    /// The line below which a marker like this stands is where the rule must fire.
    public static let expectMarker = "# ^ expect"

    /// The lines that `# ^ expect` marker lines point at (each marks the line above it).
    public static func markedLines(_ yaml: String) -> [Int] {
        // By bytes: every built-in rule's examples are read at each start, so this is on the start-up path.
        var lines: [Int] = []
        let marker = Array(RuleFileLoader.expectMarker.utf8)
        for (index, line) in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where index > 0 && line.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).starts(with: marker) {
            lines.append(index)
        }
        return lines
    }

    /// `allowBuiltInChecks` admits `reader` and `swift` checks and demands the full documentation
    /// (rationale, guide, fix, examples) that built-in rules carry; custom rules use generic checks only.
    public static func load(_ bytes: [UInt8], file: String, allowBuiltInChecks: Bool) throws(RuleFileError) -> RuleDescription {
        let root = try singleDocument(bytes, file: file, what: "a rule file holds exactly one YAML document, a mapping that starts with `id:`")
        var reader = RuleFileReader(file: file, builtIn: allowBuiltInChecks)
        return try reader.rule(root)
    }

    /// The root of a file that must hold one YAML document (a rule or profile file); `what` says so when it does not.
    static func singleDocument(_ bytes: [UInt8], file: String, what: String) throws(RuleFileError) -> YAMLNode {
        var documents: [YAMLDocument] = []
        let problem: YAMLProblem?
        do {
            problem = try YAMLStreamReader.read(.bytes(bytes), limits: ParseLimits(maxFileBytes: 1024 * 1024)) { documents.append($0) }
        } catch {
            throw RuleFileError(file: file, position: SourcePosition(line: 1, column: 1), message: "cannot be read: \(error)")
        }
        if let problem = problem ?? documents.first?.problem {
            throw RuleFileError(file: file, position: problem.range.start, message: "not valid YAML: \(problem.message)")
        }
        guard documents.count == 1, let root = documents[0].root else {
            throw RuleFileError(file: file, position: documents.dropFirst().first?.range.start ?? SourcePosition(line: 1, column: 1), message: what)
        }
        return root
    }
}

/// Walks one rule file's YAML tree, keeping the position of every complaint.
struct RuleFileReader {
    let file: String
    let builtIn: Bool

    func fail(_ node: YAMLNode, _ message: String) -> RuleFileError {
        RuleFileError(file: file, position: node.range.start, message: message)
    }

    mutating func rule(_ root: YAMLNode) throws(RuleFileError) -> RuleDescription {
        let fields = try mapping(root, allowed: RuleFileLoader.keys, what: "a rule")
        let required = builtIn ? ["id", "severity", "title", "rationale", "guide", "fix", "check", "examples"]
                               : ["id", "severity", "title", "check"]
        for key in required where fields[key] == nil {
            throw fail(root, "the rule has no `\(key)`; a rule file needs " + required.map { "`\($0)`" }.joined(separator: ", "))
        }
        let idNode = fields["id"]!
        let id = try text(idNode, "id")
        guard Self.isKebabCase(id) else { throw fail(idNode, "`id` must be kebab-case (lowercase words joined by hyphens), not `\(id)`") }
        if builtIn, let stem = file.split(separator: "/").last?.split(separator: ".").first, stem != id {
            throw fail(idNode, "`id` is `\(id)` but the file is named `\(stem).yaml`; name the file after the id")
        }
        let severityNode = fields["severity"]!
        guard let severity = Severity(rawValue: try text(severityNode, "severity")) else {
            throw fail(severityNode, "`severity` must be `error`, `warning` or `info`")
        }
        let title = try text(fields["title"]!, "title")
        if title.contains("\n") { throw fail(fields["title"]!, "`title` must be one line") }
        let message = try fields["message"].map { node throws(RuleFileError) in try messageTemplate(node) }
        let given = try fields["given"].map { node throws(RuleFileError) in try query(node) }
        let check = try checkKind(fields["check"]!, given: given, message: message)
        let needs = try fields["needs"].map { node throws(RuleFileError) in try names(node, "needs", of: RuleNeed.self) } ?? []
        let inputs = try fields["appliesTo"].map { node throws(RuleFileError) in try names(node, "appliesTo", of: RuleInput.self) }
            ?? Set(RuleInput.allCases)
        let tags = try fields["tags"].map { node throws(RuleFileError) in try names(node, "tags", of: RuleTag.self) } ?? []
        let autofix = try fields["autofix"].map { node throws(RuleFileError) -> Fix.Applicability in
            guard let value = Fix.Applicability(rawValue: try text(node, "autofix")) else { throw fail(node, "`autofix` is `safe` or `unsafe`") }
            return value
        }
        let (failing, passing) = try fields["examples"].map { node throws(RuleFileError) in try examples(node) } ?? ([], [])
        return RuleDescription(id: id, severity: severity, title: title,
                               rationale: try fields["rationale"].map { node throws(RuleFileError) in try text(node, "rationale") } ?? "",
                               guide: try fields["guide"].map { node throws(RuleFileError) in try text(node, "guide") } ?? "",
                               fix: try fields["fix"].map { node throws(RuleFileError) in try fix(node) } ?? FixHint(summary: ""),
                               needs: needs, appliesTo: inputs, tags: tags, autofix: autofix,
                               check: check, failingExamples: failing, passingExamples: passing, file: file)
    }

    // MARK: - Parts

    func fix(_ node: YAMLNode) throws(RuleFileError) -> FixHint {
        let fields = try mapping(node, allowed: RuleFileLoader.fixKeys, what: "`fix`")
        guard let summary = fields["summary"] else { throw fail(node, "`fix` needs a `summary`: what to do, in one sentence") }
        if (fields["lightning"] == nil) != (fields["classic"] == nil) {
            throw fail(node, "`fix` gives the Setup navigation for one Salesforce UI only; give both `lightning` and `classic`")
        }
        func optional(_ key: String) throws(RuleFileError) -> String? {
            guard let value = fields[key] else { return nil }
            return try text(value, "fix.\(key)")
        }
        return FixHint(summary: try text(summary, "fix.summary"), lightning: try optional("lightning"),
                       classic: try optional("classic"), cyclr: try optional("cyclr"))
    }

    /// A list of names from a fixed set (`needs: [service-domain]`), one name alone standing for a list of one.
    func names<Name: RawRepresentable & CaseIterable & Hashable>(_ node: YAMLNode, _ key: String, of: Name.Type) throws(RuleFileError) -> Set<Name>
    where Name.RawValue == String {
        let known = Name.allCases.map(\.rawValue)
        let items = (try? StrictYAML.list(node)) ?? [node]
        var result = Set<Name>()
        for item in items {
            let name = try text(item, key)
            guard let value = Name(rawValue: name) else {
                throw fail(item, "`\(key)` names `\(name)`\(Suggestions.didYouMean(name, among: known)); it takes "
                                 + known.map { "`\($0)`" }.joined(separator: ", "))
            }
            result.insert(value)
        }
        return result
    }

    func checkKind(_ node: YAMLNode, given: KeyPathQuery?, message: String?) throws(RuleFileError) -> RuleCheckKind {
        if builtIn, let scalar = node.resolved.scalar, scalar.value == "reader" || scalar.value == "swift" {
            return scalar.value == "reader" ? .reader : .swift
        }
        let items: [YAMLNode]
        switch node.resolved.content {
        case .mapping: items = [node]
        case .sequence(let list) where !list.isEmpty: items = Array(list)
        default: throw fail(node, "`check` must be a mapping such as `{ pattern: '^https://' }`, or a list of them"
                                  + (builtIn ? "; or `reader` (reported while reading) or `swift` (a check in Sources/LintKit/GuideChecks)" : ""))
        }
        var uses: [GenericCheckUse] = []
        for item in items {
            let allowed = ["given", "message"] + GenericChecks.names
            let fields = try mapping(item, allowed: allowed, what: "a check")
            let named = fields.keys.filter { $0 != "given" && $0 != "message" }.sorted()
            guard named.count == 1, let name = named.first, let parameter = fields[name] else {
                throw fail(item, "a check names exactly one of " + GenericChecks.names.map { "`\($0)`" }.joined(separator: ", ")
                                 + (named.isEmpty ? "" : "; this one names " + named.map { "`\($0)`" }.joined(separator: ", ")))
            }
            guard let query = try fields["given"].map({ node throws(RuleFileError) in try self.query(node) }) ?? given else {
                throw fail(item, "the `\(name)` check has no `given` key path; add `given:` to the check or to the rule")
            }
            let type = GenericChecks.named(name)!
            let check: any GenericCheck
            do {
                check = try type.init(parameter: value(parameter))
            } catch {
                throw fail(parameter, error.description)
            }
            let ownMessage = try fields["message"].map { node throws(RuleFileError) in try messageTemplate(node) }
            uses.append(GenericCheckUse(given: query, check: check, message: ownMessage ?? message))
        }
        return .generic(uses)
    }

    func examples(_ node: YAMLNode) throws(RuleFileError) -> ([RuleExample], [RuleExample]) {
        let fields = try mapping(node, allowed: RuleFileLoader.exampleKeys, what: "`examples`")
        var failing: [RuleExample] = []
        var passing: [RuleExample] = []
        for item in try list(fields["failing"], "examples.failing") {
            let example = try self.example(item, failing: true)
            guard !example.expectedLines.isEmpty else {
                throw fail(item, builtIn
                    ? "a failing example states what the rule reports: `expect:` with one `LINE:COLUMN: MESSAGE [RULE]` per finding"
                    : "a failing example must mark the line the rule reports: a `\(RuleFileLoader.expectMarker)` comment line below it, `line: N`, or `expect:`")
            }
            failing.append(example)
        }
        for item in try list(fields["passing"], "examples.passing") {
            let example = try self.example(item, failing: false)
            guard example.expectedLines.isEmpty else { throw fail(item, "a passing example must not mark any line") }
            passing.append(example)
        }
        if builtIn && (failing.isEmpty || passing.isEmpty) {
            throw fail(node, "`examples` needs at least one `failing` and one `passing` example")
        }
        return (failing, passing)
    }

    /// `{ yaml: … | xml: …, expect: [LINE:COLUMN: MESSAGE [RULE], …] }` (`expect` on failing examples
    /// only), or plain text. Custom rules may mark lines instead: `# ^ expect` lines mark the line
    /// above, `line: N | [N, …]` names them.
    func example(_ node: YAMLNode, failing: Bool) throws(RuleFileError) -> RuleExample {
        guard case .mapping = node.resolved.content else {
            let yaml = try rawText(node, "an example")
            if builtIn && failing { throw fail(node, "a failing example is a mapping of `yaml:` (or `xml:`) and `expect:`") }
            return RuleExample(yaml: yaml, expectedLines: RuleFileLoader.markedLines(yaml), line: node.range.start.line)
        }
        let allowed = (builtIn ? [] : ["line"]) + ["yaml", "xml", "file"] + (failing ? ["expect"] : [])
        let fields = try mapping(node, allowed: allowed, what: failing ? "a failing example" : "a passing example")
        // `xml:` examples are Salesforce metadata files (issue 6), linted as a Connected App file unless `file:` names another kind.
        let isXML = fields["xml"] != nil
        var xmlFileName = "Example.connectedApp-meta.xml"
        if let fileNode = fields["file"] {
            let name = try rawText(fileNode, "file")
            guard isXML, MetadataFileKind(fileName: name) != nil, !name.contains("/") else {
                throw fail(fileNode, "`file` names an `xml:` example's metadata file, like `Acme.ecaOauthPlcy-meta.xml`")
            }
            xmlFileName = name
        }
        guard let yamlNode = fields["yaml"] ?? fields["xml"] else { throw fail(node, "an example written as a mapping needs `yaml:` or `xml:`") }
        if fields["yaml"] != nil && isXML { throw fail(node, "an example holds `yaml:` or `xml:`, not both") }
        let yaml = try rawText(yamlNode, isXML ? "xml" : "yaml")
        var lines = RuleFileLoader.markedLines(yaml)
        var expected: [RuleExample.ExpectedFinding] = []
        if let expectNode = fields["expect"] {
            if !lines.isEmpty { throw fail(yamlNode, "an example with `expect:` has no `\(RuleFileLoader.expectMarker)` lines; `expect:` gives the lines") }
            let entries = try list(expectNode, "expect")
            if entries.isEmpty { throw fail(expectNode, "`expect` lists at least one finding") }
            let lineCount = yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            for entry in entries {
                let finding = try expectedFinding(entry)
                if finding.line > max(lineCount, 1) { throw fail(entry, "the example has no line \(finding.line)") }
                expected.append(finding)
                lines.append(finding.line)
            }
        }
        if let lineNode = fields["line"] {
            let listed: [RuleValue]
            switch value(lineNode) {
            case .list(let values): listed = values
            case let single: listed = [single]
            }
            for entry in listed {
                guard case .integer(let number) = entry, number >= 1 else { throw fail(lineNode, "`line` must be a line number (1 or more) or a list of them") }
                lines.append(number)
            }
        }
        return RuleExample(yaml: yaml, expectedLines: Array(Set(lines)).sorted(), line: node.range.start.line,
                           fileName: isXML ? xmlFileName : "example.cyclr.yaml", expectedFindings: expected)
    }

    /// `LINE:COLUMN: MESSAGE [RULE]`, as a text report words a finding without its path and severity.
    func expectedFinding(_ node: YAMLNode) throws(RuleFileError) -> RuleExample.ExpectedFinding {
        let entry = try rawText(node, "an `expect` entry")
        let form = "an `expect` entry is `LINE:COLUMN: MESSAGE [RULE]`, like `17:13: `x` is wrong [some-rule]`"
        let parts = entry.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]), line >= 1, column >= 1,
              parts[2].hasPrefix(" "), parts[2].hasSuffix("]"), let open = parts[2].ranges(of: " [").last else {
            throw fail(node, form)
        }
        let message = String(parts[2][parts[2].index(after: parts[2].startIndex)..<open.lowerBound])
        let rule = String(parts[2][open.upperBound..<parts[2].index(before: parts[2].endIndex)])
        guard !message.isEmpty, message.first != " ", message.last != " " else { throw fail(node, form + "; the message is missing or has spaces around it") }
        guard !rule.isEmpty, rule.utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }) else {
            throw fail(node, form + "; `\(rule)` is not a rule id")
        }
        return RuleExample.ExpectedFinding(ruleId: rule, line: line, column: column, message: message)
    }

    func query(_ node: YAMLNode) throws(RuleFileError) -> KeyPathQuery {
        let path = try text(node, "given")
        do {
            return try KeyPathQuery(path)
        } catch {
            throw fail(node, "`given`: \(error.description)")
        }
    }

    func messageTemplate(_ node: YAMLNode) throws(RuleFileError) -> String {
        let template = try text(node, "message")
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if !GenericChecks.placeholders.contains(name) {
                throw fail(node, "`message` uses `{\(name)}`; the placeholders are " + GenericChecks.placeholders.map { "`{\($0)}`" }.joined(separator: ", "))
            }
            rest = rest[rest.index(after: close)...]
        }
        return template
    }

    // MARK: - YAML shapes

    /// The mapping's values by key; the first key problem in it is the error.
    func mapping(_ node: YAMLNode, allowed: [String], what: String) throws(RuleFileError) -> [String: YAMLNode] {
        let mapping: StrictMapping
        do {
            mapping = try StrictYAML.mapping(node, allowedKeys: allowed)
        } catch {
            throw fail(node, "\(what) must be a mapping, but it is \(node.kindName)")
        }
        if let problem = mapping.problems.first {
            let message: String
            switch problem.kind {
            case .notScalar: message = "keys must be plain words"
            case .unknown(let key, let suggestion):
                message = "unknown key `\(key)` in \(what)\(Suggestions.didYouMean(suggestion)); the keys are " + allowed.map { "`\($0)`" }.joined(separator: ", ")
            case .duplicate(let key, _): message = "`\(key)` is repeated"
            }
            throw RuleFileError(file: file, position: problem.range.start, message: message)
        }
        return Dictionary(uniqueKeysWithValues: mapping.fields.map { ($0.name, $0.value) })
    }

    func list(_ node: YAMLNode?, _ name: String) throws(RuleFileError) -> [YAMLNode] {
        guard let node else { return [] }
        guard let items = try? StrictYAML.list(node) else { throw fail(node, "`\(name)` must be a list") }
        return items
    }

    /// A non-blank scalar, trimmed (folded `>` text ends in a line break); `~` and `null` are blank.
    func text(_ node: YAMLNode, _ name: String) throws(RuleFileError) -> String {
        guard !StrictYAML.isNull(node) else { throw fail(node, "`\(name)` is empty") }
        let raw = try rawText(node, name)
        let first = raw.firstIndex { !$0.isWhitespace }, last = raw.lastIndex { !$0.isWhitespace }
        let trimmed = first.flatMap { first in last.map { String(raw[first...$0]) } } ?? ""
        guard !trimmed.isEmpty else { throw fail(node, "`\(name)` is empty") }
        return trimmed
    }

    func rawText(_ node: YAMLNode, _ name: String) throws(RuleFileError) -> String {
        guard let scalar = node.scalar else { throw fail(node, "`\(name)` must be text, but it is \(node.kindName)") }
        return scalar.value
    }

    func value(_ node: YAMLNode) -> RuleValue {
        if StrictYAML.isNull(node) { return .null }
        if let flag = try? StrictYAML.boolean(node) { return .boolean(flag) }
        if let number = try? StrictYAML.integer(node) { return .integer(number) }
        switch node.resolved.content {
        case .sequence(let items): return .list(items.map(value))
        case .mapping: return .mapping
        case .scalar(let scalar): return .string(scalar.value)
        case .alias: return .null
        }
    }

    static func isKebabCase(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, ("a"..."z").contains(first) || part != parts[0] && ("0"..."9").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}

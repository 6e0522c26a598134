import LintKit
import RuleFiles

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the rule catalogue as
/// `tool.driver.rules`, one result per finding with a full region (columns in Unicode code points,
/// end exclusive, as connectlint counts them) and a line-independent `partialFingerprints` entry.
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The `uriBaseId` of every artifact location: the directory connectlint ran in (the checkout, in CI).
    public static let sourceRoot = "SRCROOT"
    public static let fingerprintKey = "connectlintFinding/v1"

    public init() {}

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter { Writer(context: context, output: output) }

    /// Results go to a spool as they come: the rule list before them is complete only at the end (a finding
    /// may name a rule the catalogue lacks). Suppressed results, which follow the others, are kept.
    final class Writer: ReportWriter {
        let context: ReportContext
        let output: ReportOutput
        private var locator: FindingLocator
        private var rules: [RuleDescription]
        private var ruleIndex: [String: Int]
        private var results = JSONArrayWriter(indent: 6)
        private let spool = Spool()
        private var suppressed: [SuppressedFinding] = []

        init(context: ReportContext, output: ReportOutput) {
            self.context = context
            self.output = output
            locator = FindingLocator(workingDirectory: context.workingDirectory)
            rules = context.catalog.rules
            ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func add(_ file: FileResult) {
            var text = ""
            for finding in file.findings {
                text += results.item(SARIFReporter.result(locator.locate(finding), ruleIndex: index(of: finding)))
            }
            spool.write(text)
            suppressed += file.suppressedFindings
        }

        /// The rule's place in the rule list; a rule the catalogue lacks is added, described by its first finding.
        private func index(of finding: Finding) -> Int {
            if let known = ruleIndex[finding.ruleId] { return known }
            rules.append(RuleDescription(id: finding.ruleId, severity: finding.severity, title: "connectlint rule \(finding.ruleId)",
                                         fix: FixHint(summary: finding.help ?? "See `connectlint explain \(finding.ruleId)`.")))
            ruleIndex[finding.ruleId] = rules.count - 1
            return rules.count - 1
        }

        func finish(_ totals: RunTotals) {
            var tail = ""
            for item in suppressed {
                let index = index(of: item.finding)
                tail += results.item(SARIFReporter.result(locator.locate(item.finding), ruleIndex: index, suppression: SARIFReporter.suppression(item)))
            }
            let driver = JSONValue.object([("driver", .object([
                ("name", .string(ToolInfo.name)),
                ("version", .string(ToolInfo.version)),
                ("semanticVersion", .string(ToolInfo.version)),
                ("informationUri", .string(ToolInfo.informationURI)),
                ("rules", .array(rules.map(SARIFReporter.descriptor))),
            ]))])
            var head = "{\n  \"$schema\": " + JSONValue.string(SARIFReporter.schemaURI).rendered() + ",\n  \"version\": \"2.1.0\",\n"
            head += "  \"runs\": [\n    {\n      \"tool\": " + driver.rendered(indentedBy: 6) + ",\n"
            for (key, value) in SARIFReporter.automationDetails(context.sarifCategory) {
                head += "      " + JSONValue.string(key).rendered() + ": " + value.rendered(indentedBy: 6) + ",\n"
            }
            output.write(head + "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": ")
            spool.copy(to: output)
            output.write(tail + results.close() + "\n    }\n  ]\n}\n")
        }
    }

    static func descriptor(_ rule: RuleDescription) -> JSONValue {
        let fullDescription = rule.rationale.isEmpty ? rule.title : rule.rationale
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(pascalCase(rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(fullDescription))])),
        ]
        if let helpURI = rule.helpURI { members.append(("helpUri", .string(helpURI))) }
        members += [
            ("help", .object([("text", .string(helpText(rule))), ("markdown", .string(helpMarkdown(rule)))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([("tags", .array([.string("connectlint"), .string("salesforce")]))])),
        ]
        return .object(members)
    }

    /// The fix with every navigation it has: Lightning, Classic and the Cyclr console.
    static func helpText(_ rule: RuleDescription) -> String {
        var parts = [rule.fix.summary]
        if let lightning = rule.fix.lightning { parts.append("Lightning: \(lightning).") }
        if let classic = rule.fix.classic { parts.append("Classic: \(classic).") }
        if let cyclr = rule.fix.cyclr { parts.append("Cyclr console: \(cyclr).") }
        return parts.joined(separator: " ")
    }

    static func helpMarkdown(_ rule: RuleDescription) -> String {
        let text = MarkdownReporter.escapeHTML
        var markdown = "**\(text(rule.title))**\n\n"
        if !rule.rationale.isEmpty { markdown += text(rule.rationale) + "\n\n" }
        if !rule.guide.isEmpty { markdown += "Guide: \(text(rule.guide))\n\n" }
        markdown += "**Fix:** " + text(rule.fix.summary) + "\n"
        let navigation = [("Lightning", rule.fix.lightning), ("Classic", rule.fix.classic), ("Cyclr console", rule.fix.cyclr)]
        for case let (place, path?) in navigation { markdown += "\n- \(place): \(text(path))" }
        return markdown
    }

    /// A finding a `# connectlint-disable…` comment (`inSource`) or a baseline (`external`) silenced:
    /// listed, so the waiver stays visible, but marked so that viewers such as code scanning treat it as dismissed.
    static func suppression(_ suppressed: SuppressedFinding) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(suppressed.kind.rawValue)), ("status", .string("accepted"))]
        if let justification = suppressed.justification { members.append(("justification", .string(justification))) }
        return .array([.object(members)])
    }

    /// `--sarif-category`: code scanning takes everything before the id's last `/` as the category, so
    /// `connectlint-prod` is written `connectlint-prod/`.
    static func automationDetails(_ category: String?) -> [(String, JSONValue)] {
        guard let category else { return [] }
        let id = category.hasSuffix("/") ? category : category + "/"
        return [("automationDetails", .object([("id", .string(id))]))]
    }

    static func result(_ located: LocatedFinding, ruleIndex: Int, suppression: JSONValue? = nil) -> JSONValue {
        let finding = located.finding
        let isAbsolute = located.relativePath.hasPrefix("/")
        var artifact: [(String, JSONValue)] = [("uri", .string(ReportPath.uri(located.relativePath)))]
        if !isAbsolute { artifact.append(("uriBaseId", .string(sourceRoot))) }
        var location: [(String, JSONValue)] = [
            ("physicalLocation", .object([
                ("artifactLocation", .object(artifact)),
                ("region", .object([
                    ("startLine", .number(finding.range.start.line)),
                    ("startColumn", .number(finding.range.start.column)),
                    ("endLine", .number(finding.range.end.line)),
                    ("endColumn", .number(finding.range.end.column)),
                ])),
            ])),
        ]
        if !finding.keyPath.isEmpty {
            location.append(("logicalLocations", .array([.object([
                ("fullyQualifiedName", .string(finding.keyPath)), ("kind", .string("member")),
            ])])))
        }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(finding.ruleId)),
            ("ruleIndex", .number(ruleIndex)),
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.messageAndHelp))])),
            ("locations", .array([.object(location)])),
            ("partialFingerprints", .object([(fingerprintKey, .string(located.fingerprint))])),
        ]
        if let suppression { members.append(("suppressions", suppression)) }
        let fixes = ([finding.fix].compactMap { $0 } + finding.alternativeFixes).map { Self.fix($0, artifact: artifact) }
        if !fixes.isEmpty { members.append(("fixes", .array(fixes))) }
        return .object(members)
    }

    /// SARIF §3.55: one artifact change of replacements; an insertion deletes an empty region.
    static func fix(_ fix: Fix, artifact: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("description", .object([("text", .string(fix.title + (fix.applicability == .safe ? " (safe)" : " (unsafe)")))])),
            ("artifactChanges", .array([.object([
                ("artifactLocation", .object(artifact)),
                ("replacements", .array(fix.edits.map { edit in
                    .object([
                        ("deletedRegion", .object([
                            ("startLine", .number(edit.range.start.line)),
                            ("startColumn", .number(edit.range.start.column)),
                            ("endLine", .number(edit.range.end.line)),
                            ("endColumn", .number(edit.range.end.column)),
                        ])),
                        ("insertedContent", .object([("text", .string(edit.replacement))])),
                    ])
                })),
            ])])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// `callback-url` -> `CallbackUrl`: SARIF's `name` is an identifier-like form of the id.
    static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

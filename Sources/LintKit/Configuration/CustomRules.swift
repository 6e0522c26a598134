import FoundationEssentials
import SourceText
import RuleFiles

/// Custom rules (SPEC §6): folders of rule files in the `Rules/` format with generic checks only,
/// read by the same loader as the built-in catalogue and held to it just as strictly. Any problem
/// is exit 2 naming the file, line and what is wrong.
public enum CustomRules {
    /// A folder to read, and where it was named (a `customRules` entry, or nil for `--rules`).
    public struct Folder: Sendable {
        public let path: String
        /// As the configuration or the command line wrote it.
        public let written: String
        public let namedAt: (file: String, range: SourceRange)?

        public init(path: String, written: String? = nil, namedAt: (file: String, range: SourceRange)? = nil) {
            self.path = path
            self.written = written ?? path
            self.namedAt = namedAt
        }
    }

    /// The folders a configuration names (resolved against its own folder) followed by `--rules` folders.
    public static func folders(of configuration: Configuration, commandLine: [String]) -> [Folder] {
        folders(configuration.customRules, of: configuration) + commandLine.map { Folder(path: $0) }
    }

    /// Folder entries of a configuration, resolved against its own folder.
    static func folders(_ entries: [Positioned<String>], of configuration: Configuration) -> [Folder] {
        let base = URL(fileURLWithPath: configuration.baseFolder)
        return entries.map { entry in
            Folder(path: entry.value.hasPrefix("/") ? entry.value : base.appendingPathComponent(entry.value).path,
                   written: entry.value, namedAt: (configuration.path ?? ConfigurationLoader.fileName, entry.range))
        }
    }

    /// The built-in catalogue plus every rule in the folders, checked: ids unique, examples behaving.
    public static func catalog(adding folders: [Folder], to builtIn: RuleCatalog = .builtIn) throws -> RuleCatalog {
        if folders.isEmpty { return builtIn }
        var rules = builtIn.rules
        var seen = Dictionary(uniqueKeysWithValues: builtIn.rules.map { ($0.id, "the built-in catalogue") })
        for folder in folders {
            for file in try ruleFiles(in: folder) {
                let rule = try load(file)
                if let first = seen[rule.id] {
                    throw ConfigurationError(path: file, range: idRange(in: file),
                                             message: "rule id `\(rule.id)` is already defined in \(first)",
                                             fix: "give the custom rule an id of its own, such as `team-\(rule.id)`")
                }
                seen[rule.id] = file
                rules.append(rule)
            }
        }
        let catalog = RuleCatalog(rules: rules)
        for rule in rules where !rule.file.isEmpty && seen[rule.id] == rule.file {
            try checkExamples(of: rule, in: catalog)
        }
        return catalog
    }

    /// The YAML files of a custom rules (or profiles) folder; a missing or empty folder is an error where it was named.
    static func ruleFiles(in folder: Folder, what: String = "custom rules", key: String = "customRules") throws -> [String] {
        guard FileStatus(of: folder.path) == .folder else {
            let problem = "\(what) folder `\(folder.written)` does not exist or is not a folder"
            if let (file, range) = folder.namedAt {
                throw ConfigurationError(path: file, range: range, message: problem,
                                         fix: "`\(key)` paths are relative to the configuration file's folder")
            }
            throw ConfigurationError(path: "--rules \(folder.path)", range: nil, message: "no such folder")
        }
        let files = FileDiscovery.setupFiles(under: folder.path) { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        guard !files.isEmpty else {
            let message = "\(what) folder `\(folder.written)` holds no \(what == "custom rules" ? "rule" : "profile") files (*.yaml, *.yml)"
            if let (file, range) = folder.namedAt { throw ConfigurationError(path: file, range: range, message: message) }
            throw ConfigurationError(path: "--rules \(folder.path)", range: nil, message: message)
        }
        return files.map(Linter.displayPath)
    }

    static func load(_ file: String) throws -> RuleDescription {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ConfigurationError(path: file, range: nil, message: "the rule file cannot be read")
        }
        do {
            return try RuleFileLoader.load(Array(data), file: file, allowBuiltInChecks: false)
        } catch {
            throw ConfigurationError(path: error.file, range: SourceRange(at: error.position), message: error.message)
        }
    }

    /// A custom rule's examples run like the built-in ones: failing ones fire at the marked lines, passing ones do not.
    static func checkExamples(of rule: RuleDescription, in catalog: RuleCatalog) throws {
        let linter = Linter(options: LintOptions(jobs: 1, catalog: catalog))
        func lines(_ example: RuleExample) -> [Int] {
            let findings = linter.lint(.bytes(Array(example.yaml.utf8)), path: example.fileName).findings
            return Array(Set(findings.filter { $0.ruleId == rule.id }.map(\.range.start.line))).sorted()
        }
        for example in rule.failingExamples where lines(example) != example.expectedLines {
            throw ConfigurationError(path: rule.file, range: SourceRange(at: SourcePosition(line: example.line, column: 1)),
                                     message: "this failing example should make `\(rule.id)` fire on lines \(example.expectedLines), but it fires on \(lines(example))",
                                     fix: "fix the check or the example; the `# ^ expect` line marks the line above it")
        }
        for example in rule.passingExamples where !lines(example).isEmpty {
            throw ConfigurationError(path: rule.file, range: SourceRange(at: SourcePosition(line: example.line, column: 1)),
                                     message: "this passing example makes `\(rule.id)` fire on lines \(lines(example))",
                                     fix: "fix the check or the example")
        }
    }

    /// Where `id:` is written, for a duplicate id.
    static func idRange(in file: String) -> SourceRange? {
        var found: SourceRange?
        SourceFile.file(file).forEachLine(containing: Array("id:".utf8), maxBytes: 1024) { number, bytes in
            if found == nil, bytes.starts(with: Array("id:".utf8)) { found = SourceRange(at: SourcePosition(line: number, column: 1)) }
        }
        return found
    }
}

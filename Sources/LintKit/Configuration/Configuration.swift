import FoundationEssentials
import SetupModel
import SourceText
import RuleFiles

/// What `.connectlint.yml` may set for one rule.
public enum RuleSetting: Sendable, Equatable {
    case off
    case severity(Severity)

    public static let spellings = ["off", "info", "warning", "error"]

    public init?(_ text: String) {
        if text == "off" { self = .off } else if let severity = Severity(rawValue: text) { self = .severity(severity) } else { return nil }
    }
}

/// A value read from the configuration file, with where it was written (for error messages).
public struct Positioned<Value: Sendable>: Sendable {
    public let value: Value
    public let range: SourceRange

    public init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// `.connectlint.yml` (SPEC §6), read and checked.
public struct Configuration: Sendable {
    /// The file it was read from; nil when there is none.
    public var path: String?
    public var rules: [String: Positioned<RuleSetting>]
    /// Replaces the default setup file names for directory walks when set.
    public var include: [Glob]?
    public var exclude: [Glob]
    public var failOn: FailLevel?
    /// Folders of custom rule files, resolved against the configuration file's folder.
    public var customRules: [Positioned<String>]
    /// Folders of custom connector profiles, resolved against the configuration file's folder.
    public var profiles: [Positioned<String>] = []
    /// The Cyclr service domain, for inputs that cannot say it themselves (Salesforce metadata XML).
    public var serviceDomain: String?
    /// The baseline file (`--baseline`), as written: relative to the configuration file's folder.
    public var baseline: String?

    public init(path: String? = nil, rules: [String: Positioned<RuleSetting>] = [:], include: [Glob]? = nil, exclude: [Glob] = [],
                failOn: FailLevel? = nil, customRules: [Positioned<String>] = [], serviceDomain: String? = nil) {
        self.path = path
        self.rules = rules
        self.include = include
        self.exclude = exclude
        self.failOn = failOn
        self.customRules = customRules
        self.serviceDomain = serviceDomain
    }

    public static let none = Configuration()

    /// The folder paths in the file are relative to (the current folder when there is no file).
    public var baseFolder: String {
        guard let path else { return FileManager.default.currentDirectoryPath }
        return URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    }

    /// `baseline:` resolved against the configuration file's folder.
    public var baselinePath: String? {
        baseline.map { $0.hasPrefix("/") ? $0 : URL(fileURLWithPath: baseFolder).appendingPathComponent($0).path }
    }

    public var severityPolicy: SeverityPolicy {
        SeverityPolicy(settings: rules.mapValues(\.value))
    }

    public var fileSelection: FileSelection {
        FileSelection(root: baseFolder, include: include, exclude: exclude)
    }

    /// Rejects a rule id the catalogue does not know (exit 2), suggesting the closest one.
    public func checkRuleIds(against known: [String]) throws {
        let knownSet = Set(known)
        for (id, setting) in rules.sorted(by: { $0.value.range.start < $1.value.range.start }) where !knownSet.contains(id) {
            throw ConfigurationError(path: path ?? ".connectlint.yml", range: setting.range,
                                     message: "unknown rule `\(id)` in `rules`\(Suggestions.didYouMean(id, among: known))",
                                     fix: "`connectlint rules` lists every rule id")
        }
    }
}

/// How findings get their severity: the configuration's setting wins over the finding's own level
/// (for rules with two severities) and over the catalogue's default.
public struct SeverityPolicy: Sendable {
    public var settings: [String: RuleSetting]

    public init(settings: [String: RuleSetting] = [:]) {
        self.settings = settings
    }

    /// Nil when the rule is off.
    public func severity(of ruleId: String, level: Severity?, default fallback: Severity) -> Severity? {
        switch settings[ruleId] {
        case .off: return nil
        case .severity(let configured): return configured
        case nil: return level ?? fallback
        }
    }

    public func isOff(_ ruleId: String) -> Bool { settings[ruleId] == .off }
}

/// An invalid configuration or custom rule: exit 2, naming the file, the position and what to change.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let range: SourceRange?
    public let message: String
    public let fix: String?

    public init(path: String, range: SourceRange?, message: String, fix: String? = nil) {
        self.path = path
        self.range = range
        self.message = message
        self.fix = fix
    }

    public var description: String {
        let place = range.map { "\(path):\($0.start.line):\($0.start.column)" } ?? path
        return "\(place): \(message)" + (fix.map { "\n  help: \($0)" } ?? "")
    }

    public var usageError: LintUsageError { LintUsageError(description) }
}

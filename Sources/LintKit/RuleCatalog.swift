import Foundation
import SetupModel

/// What to do about a rule's findings: a summary and where to do it.
public struct FixHint: Sendable, Equatable {
    public let summary: String
    /// Setup navigation in Lightning Experience, when the fix is in Salesforce.
    public let lightning: String?
    /// Setup navigation in Salesforce Classic, when the fix is in Salesforce.
    public let classic: String?
    /// The Cyclr console path, when the fix is in Cyclr.
    public let cyclr: String?

    public init(summary: String, lightning: String? = nil, classic: String? = nil, cyclr: String? = nil) {
        self.summary = summary
        self.lightning = lightning
        self.classic = classic
        self.cyclr = cyclr
    }

    /// One line for a finding: the summary, then the navigation for the setup's Salesforce UI
    /// (Lightning unless the setup says Classic) and the Cyclr console path.
    public func text(classicUI: Bool) -> String {
        var parts = [summary]
        if let navigation = classicUI ? classic ?? lightning : lightning ?? classic {
            parts.append("\(classicUI && classic != nil ? "Classic" : "Lightning"): \(navigation).")
        }
        if let cyclr { parts.append("Cyclr console: \(cyclr).") }
        return parts.joined(separator: " ")
    }
}

/// A documented example of a rule: a setup and the lines the rule must report (none for a passing example).
public struct RuleExample: Sendable, Equatable {
    /// The example's text: a setup YAML, or a metadata file's XML when `fileName` says so.
    public let yaml: String
    public let expectedLines: [Int]
    /// Where the example is written in its rule file.
    public let line: Int
    /// The name the example is linted under: `example.cyclr.yaml`, or a metadata file name for `xml:` examples.
    public let fileName: String

    /// What a failing example of a built-in rule makes its rule report, in order (`expect:` in the rule file).
    public let expectedFindings: [ExpectedFinding]

    public init(yaml: String, expectedLines: [Int], line: Int, fileName: String = "example.cyclr.yaml",
                expectedFindings: [ExpectedFinding] = []) {
        self.yaml = yaml
        self.expectedLines = expectedLines
        self.line = line
        self.fileName = fileName
        self.expectedFindings = expectedFindings
    }

    /// One finding an example states, written `LINE:COLUMN: MESSAGE [RULE]`.
    public struct ExpectedFinding: Sendable, Equatable, CustomStringConvertible {
        public let ruleId: String
        public let line: Int
        public let column: Int
        public let message: String

        public init(ruleId: String, line: Int, column: Int, message: String) {
            self.ruleId = ruleId
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(line):\(column): \(message) [\(ruleId)]" }
    }
}

/// How a rule finds its problems.
public enum RuleCheckKind: Sendable {
    /// Reported while reading the file (SPEC §3.1): the readers report typed problems that LintKit maps to the rule.
    case reader
    /// A guide check in Swift, generated into `GuideCheckRegistry` from the rule file.
    case swift
    /// Generic checks over `given` key paths, declared in the rule file.
    case generic([GenericCheckUse])
}

/// What an input must hold for a rule to judge it.
public enum RuleNeed: String, CaseIterable, Sendable {
    /// The Cyclr side of a setup (credentials, connector, accounts, org): a setup YAML has it, a metadata file alone does not.
    case cyclrSide = "cyclr-side"
    /// The Cyclr service domain: from a setup YAML, or given for metadata files by `--service-domain` or `.connectlint.yml`.
    case serviceDomain = "service-domain"
    /// The app's name, API name and contact email: an External Client App keeps them in its header `NAME.eca-meta.xml`.
    case appDetails = "app-details"
    /// The callback URLs, consumer key and secret and PKCE settings: an External Client App keeps them in its
    /// `*.ecaGlblOauth-meta.xml`, which Salesforce says not to commit.
    case oauthFlow = "oauth-flow"
    /// The app's OAuth scopes: an External Client App keeps them in its `*.ecaOauth-meta.xml`.
    case scopes
    /// The refresh token policy and permitted users: an External Client App keeps them in its `*.ecaOauthPlcy-meta.xml`.
    case oauthPolicies = "oauth-policies"

    /// The needs a setup YAML or a Connected App file always meets with its own settings; an External Client
    /// App meets each only when the file holding it is present.
    public static let fileSettings: Set<RuleNeed> = [.appDetails, .oauthFlow, .scopes, .oauthPolicies]
}

/// What kind of problem a rule finds, for reports that sort findings into categories.
public enum RuleTag: String, CaseIterable, Sendable {
    /// The finding is about a secret written where it can leak.
    case security
}

/// The kinds of input a rule runs on.
public enum RuleInput: String, CaseIterable, Sendable {
    case setup
    case connectedApp = "connected-app"
    case externalClientApp = "external-client-app"
}

/// Everything known of a rule; `Rules/*.yaml` is its single source.
public struct RuleDescription: Sendable {
    public let id: String
    public let severity: Severity
    /// One line: what the rule finds.
    public let title: String
    /// Why it matters, citing the guide or the Salesforce fact it rests on.
    public let rationale: String
    /// The guide section (or reference fact) the rule rests on.
    public let guide: String
    public let fix: FixHint
    /// What an input must hold for the rule to judge it; the rule does not run on one that lacks any.
    public let needs: Set<RuleNeed>
    /// The kinds of input the rule runs on.
    public let appliesTo: Set<RuleInput>
    public let tags: Set<RuleTag>
    /// For a rule of generic checks: whether `--fix` may write the value its check names.
    public let autofix: Fix.Applicability?
    public let check: RuleCheckKind
    private var examples: RuleExamples
    public var failingExamples: [RuleExample] { examples.value.failing }
    public var passingExamples: [RuleExample] { examples.value.passing }
    /// The rule file it came from, e.g. `Rules/callback-url.yaml`.
    public let file: String

    public init(id: String, severity: Severity, title: String, rationale: String = "", guide: String = "",
                fix: FixHint, needs: Set<RuleNeed> = [], appliesTo: Set<RuleInput> = Set(RuleInput.allCases), tags: Set<RuleTag> = [],
                autofix: Fix.Applicability? = nil,
                check: RuleCheckKind = .reader, failingExamples: [RuleExample] = [],
                passingExamples: [RuleExample] = [], file: String = "") {
        self.id = id
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.guide = guide
        self.fix = fix
        self.needs = needs
        self.appliesTo = appliesTo
        self.tags = tags
        self.autofix = autofix
        self.check = check
        self.examples = RuleExamples(failing: failingExamples, passing: passingExamples)
        self.file = file
    }

    /// The same rule with examples that are read only when first asked for.
    func withExamples(_ examples: RuleExamples) -> RuleDescription {
        var copy = self
        copy.examples = examples
        return copy
    }

    /// A rule known only by a finding (no rule file): its fix is the one line given.
    public init(id: String, severity: Severity, title: String, rationale: String = "", help: String) {
        self.init(id: id, severity: severity, title: title, rationale: rationale, fix: FixHint(summary: help))
    }

    /// The fix as one line, with the Lightning navigation.
    public var help: String { fix.text(classicUI: false) }
}

public struct RuleCatalog: Sendable {
    public let rules: [RuleDescription]
    private let index: [String: Int]

    public init(rules: [RuleDescription]) {
        self.rules = rules.sorted { $0.id < $1.id }
        var index: [String: Int] = [:]
        for (position, rule) in self.rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        self.index = index
    }

    public func rule(_ id: String) -> RuleDescription? { index[id].map { rules[$0] } }

    public func severity(of id: String) -> Severity { rule(id)?.severity ?? .error }

    public var ids: [String] { rules.map(\.id) }

    /// The catalogue compiled into the binary from `Rules/*.yaml`.
    public static var builtIn: RuleCatalog { BuiltInRules.loaded.catalog }

    /// Problems of the embedded rule files (empty in any tested build): each names the file and line.
    public static var builtInProblems: [RuleFileError] { BuiltInRules.allProblems }

    /// Problems that stop the built-in catalogue from loading for linting (examples are not read).
    public static var builtInLoadProblems: [RuleFileError] { BuiltInRules.loaded.problems }
}

/// A rule's failing and passing examples, given at once or read on first use: linting never needs
/// them, and reading every built-in rule's examples was half the cost of linting one small file.
final class RuleExamples: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: (failing: [RuleExample], passing: [RuleExample])?
    private let load: () -> (failing: [RuleExample], passing: [RuleExample])

    init(failing: [RuleExample], passing: [RuleExample]) {
        loaded = (failing, passing)
        load = { (failing, passing) }
    }

    init(loading: @escaping () -> (failing: [RuleExample], passing: [RuleExample])) {
        load = loading
    }

    var value: (failing: [RuleExample], passing: [RuleExample]) {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let value = load()
        loaded = value
        return value
    }
}

/// Reads the embedded rule files once: without their examples for linting, in full (examples
/// included) when the examples or the files' problems are asked for.
enum BuiltInRules {
    static let loaded: (catalog: RuleCatalog, problems: [RuleFileError]) = {
        var rules: [RuleDescription] = []
        var problems: [RuleFileError] = []
        for file in EmbeddedRuleFiles.files {
            do {
                let core = RuleFileLoader.withoutExamples(file.text)
                let rule = try RuleFileLoader.load(Array(core.utf8), file: file.name, allowBuiltInChecks: true, examplesDeferred: true)
                rules.append(rule.withExamples(RuleExamples(loading: {
                    let full = try? fullLoad(file).get()
                    return (full?.failingExamples ?? [], full?.passingExamples ?? [])
                })))
            } catch {
                problems += fullProblems(file)
            }
        }
        return (RuleCatalog(rules: rules), problems)
    }()

    /// Every embedded file's problems, its examples included.
    static let allProblems: [RuleFileError] = EmbeddedRuleFiles.files.flatMap(fullProblems)

    private static func fullProblems(_ file: (name: String, text: String)) -> [RuleFileError] {
        if case .failure(let error) = fullLoad(file) { return [error] }
        return []
    }

    /// The whole rule file, examples included.
    private static func fullLoad(_ file: (name: String, text: String)) -> Result<RuleDescription, RuleFileError> {
        Result { () throws(RuleFileError) in try RuleFileLoader.load(Array(file.text.utf8), file: file.name, allowBuiltInChecks: true) }
    }
}

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
    /// Every need: what a setup YAML that links nothing holds. Made once, not for every document.
    public static let all = Set(allCases)

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
    /// Every kind, which most rules run on: made once rather than for each rule.
    public static let every = Set(allCases)

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
                fix: FixHint, needs: Set<RuleNeed> = [], appliesTo: Set<RuleInput> = RuleInput.every, tags: Set<RuleTag> = [],
                autofix: Fix.Applicability? = nil,
                check: RuleCheckKind = .reader, failingExamples: [RuleExample] = [],
                passingExamples: [RuleExample] = [], file: String = "") {
        self.init(id: id, severity: severity, title: title, rationale: rationale, guide: guide, fix: fix, needs: needs,
                  appliesTo: appliesTo, tags: tags, autofix: autofix, check: check,
                  examples: RuleExamples(failing: failingExamples, passing: passingExamples), file: file)
    }

    /// A rule whose examples `examples` gives, e.g. read from its file only when first asked for.
    package init(id: String, severity: Severity, title: String, rationale: String, guide: String, fix: FixHint,
                 needs: Set<RuleNeed>, appliesTo: Set<RuleInput>, tags: Set<RuleTag>, autofix: Fix.Applicability?,
                 check: RuleCheckKind, examples: RuleExamples, file: String) {
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
        self.examples = examples
        self.file = file
    }

    /// A rule known only by a finding (no rule file): its fix is the one line given.
    public init(id: String, severity: Severity, title: String, rationale: String = "", help: String) {
        self.init(id: id, severity: severity, title: title, rationale: rationale, fix: FixHint(summary: help))
    }

    /// The fix as one line, with the Lightning navigation.
    public var help: String { fix.text(classicUI: false) }
}

import RuleFiles
import SetupModel

/// What running one rule on a document takes, worked out once per run: the rule's kinds of input and
/// needs as bit sets, and whether the configuration turned it off. The loop over rules reads only these
/// for every document, so it neither hashes sets nor retains the rule's description (which, shared by the
/// threads of `--jobs`, would make them fight over its reference counts).
struct RuleRun: Sendable {
    let id: String
    let check: any SetupCheck
    let judgesSecrets: Bool
    let isOff: Bool
    private let inputs: UInt8
    private let needs: UInt8

    init(_ documentRule: DocumentRule, policy: SeverityPolicy) {
        id = documentRule.rule.id
        check = documentRule.check
        judgesSecrets = documentRule.check.judgesSecrets
        isOff = policy.isOff(documentRule.rule.id)
        inputs = Self.bits(documentRule.rule.appliesTo)
        needs = Self.bits(documentRule.rule.needs)
    }

    /// Whether the rule judges an input of this kind (`bit(input)`) holding these (`bits(needs)`): it runs only
    /// on the kinds of input it applies to, and only when the input holds everything it needs.
    func applies(to input: UInt8, holding available: UInt8) -> Bool {
        inputs & input != 0 && needs & ~available == 0
    }

    static func bits<Value: CaseIterable & Equatable>(_ values: some Sequence<Value>) -> UInt8 {
        values.reduce(0) { $0 | bit($1) }
    }

    /// `bits(available)`, told without looking at each need when the input holds them all (a setup YAML does): this runs
    /// for every document, and `allCases` makes its array anew at every call.
    static func bits(holding available: Set<RuleNeed>) -> UInt8 {
        available.count == RuleNeed.all.count ? everyNeed : bits(available)
    }

    private static let everyNeed = bits(RuleNeed.all)

    static func bit<Value: CaseIterable & Equatable>(_ value: Value) -> UInt8 {
        // Counted along the cases rather than found in an array made of them: this runs for every document.
        var position: UInt8 = 0
        for candidate in Value.allCases {
            if candidate == value { return UInt8(1) << position }
            position += 1
        }
        return 1
    }
}

import LintKit
import Testing
import YAMLSource
import SourceText

@Suite struct SuppressionParserTests {
    static let known: Set<String> = ["unknown-key", "wrong-type", "plaintext-secret"]

    /// A comment whose `#` is at column 10 of line 3.
    static func parse(_ text: String) -> SuppressionParser.Parsed? {
        let comment = SourceComment(yamlText: text, range: SourceRange(start: SourcePosition(line: 3, column: 10), end: SourcePosition(line: 3, column: 10 + 1 + text.unicodeScalars.count)))
        return SuppressionParser.parse(comment, knownRules: known)
    }

    @Test func readsScopeRulesAndReason() throws {
        let parsed = try #require(Self.parse(" connectlint-disable-next-line unknown-key,wrong-type  plaintext-secret -- legacy -- kept"))
        #expect(parsed.problems.isEmpty)
        let suppression = try #require(parsed.suppression)
        #expect(suppression.scope == .nextLine)
        #expect(suppression.rules.map(\.id) == ["unknown-key", "wrong-type", "plaintext-secret"])
        #expect(suppression.rules.first?.range == SourceRange(start: SourcePosition(line: 3, column: 42), end: SourcePosition(line: 3, column: 53)))
        #expect(suppression.reason == "legacy -- kept")
        #expect(suppression.covers(line: 4) && !suppression.covers(line: 3))
    }

    /// Two rule ids equally close to a misspelt one: the suggestion is the same whatever order the set keeps
    /// (it is the fuzzer's find: a set's order changes with its hash seed and its history).
    @Test func aTiedSuggestionDoesNotDependOnTheSetsOrder() throws {
        let ids = ["service-domain-console", "service-domain-format", "unknown-key"]
        var grown = Set<String>(minimumCapacity: 512)
        for id in ids.reversed() { grown.insert(id) }
        let comment = SourceComment(yamlText: " connectlint-disable-line service-domain-forhToken:",
                                    range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 52)))
        let messages = [Set(ids), grown, Set(ids.reversed())].map { known in
            SuppressionParser.parse(comment, knownRules: known)?.problems.map(\.message) ?? []
        }
        #expect(messages[0].first?.contains("did you mean `service-domain-console`?") == true, "\(messages[0])")
        #expect(messages.allSatisfy { $0 == messages[0] })
    }

    @Test func tabsAndABlankReason() throws {
        let suppression = try #require(Self.parse("\tconnectlint-disable-file\tunknown-key --   ")?.suppression)
        #expect(suppression.scope == .file && suppression.reason == nil && suppression.covers(line: 999))
    }

    @Test func aHyphenatedRuleIdIsNotAReasonSeparator() throws {
        let parsed = try #require(Self.parse(" connectlint-disable-line wrong-type --reason"))
        #expect(parsed.suppression?.rules.map(\.id) == ["wrong-type"])
        #expect(parsed.suppression?.reason == "reason")
    }

    @Test func unknownIdsAreProblemsButKnownOnesStillCount() throws {
        let parsed = try #require(Self.parse(" connectlint-disable-line unknown-kye, wrong-type"))
        #expect(parsed.suppression?.rules.map(\.id) == ["wrong-type"])
        #expect(parsed.problems.map(\.ruleId) == ["invalid-suppression"])
        #expect(parsed.problems.first?.message.contains("did you mean `unknown-key`?") == true)
    }

    @Test(arguments: [" connectlint-disable", " connectlint-disable-lines unknown-key", " connectlint-disable-line", " connectlint-disable-line -- why"])
    func malformedDirectivesAreProblems(text: String) throws {
        let parsed = try #require(Self.parse(text))
        #expect(parsed.suppression == nil)
        #expect(parsed.problems.count == 1)
    }

    @Test(arguments: [" see connectlint-disable-line in the README", " connectlintdisable-line x", " TODO"])
    func commentsThatOnlyMentionTheMarkerAreIgnored(text: String) {
        #expect(Self.parse(text) == nil)
    }
}

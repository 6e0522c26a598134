import Testing
import SourceText

@Suite struct SuggestionsTests {
    @Test func suggestsTheClosestKeyIgnoringCase() {
        #expect(Suggestions.closest(to: "callbackURL", among: ["callbackUrls", "scopes", "enabled"]) == "callbackUrls")
    }

    @Test func suggestsNothingWhenNothingIsClose() {
        #expect(Suggestions.closest(to: "zzzzzz", among: ["callbackUrls", "scopes"]) == nil)
    }
}

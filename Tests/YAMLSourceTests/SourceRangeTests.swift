import Testing
@testable import YAMLSource
import SourceText

@Suite struct SourceRangeTests {
    @Test func rangeNeverEndsBeforeItStarts() {
        let range = SourceRange(start: SourcePosition(line: 2, column: 5), end: SourcePosition(line: 1, column: 1))
        #expect(range.end == range.start)
    }
}

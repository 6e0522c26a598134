import Testing
@testable import Reports

@Suite struct UnifiedDiffTests {
    /// A CRLF line has a break (Swift reads "\r\n" as one Character, which "\n" is not a suffix of).
    @Test func crlfLinesKeepTheirBreak() {
        let lines = UnifiedDiff.lines(Array("a: 1\r\nb: 2\nc: 3".utf8))
        #expect(lines.map(\.hasBreak) == [true, true, false])
        #expect(UnifiedDiff.shown(lines[0], []) == "a: 1\r\n")
        #expect(UnifiedDiff.shown(lines[2], []) == "c: 3\n\\ No newline at end of file\n")
    }
}

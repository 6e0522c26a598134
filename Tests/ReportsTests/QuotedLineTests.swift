import Testing
@testable import Reports
import SourceText

/// Reports quote a window of a long line around each finding, with the caret still under the finding's text.
@Suite struct QuotedLineTests {
    static func range(_ column: Int, _ endColumn: Int, endLine: Int = 1) -> SourceRange {
        SourceRange(start: SourcePosition(line: 1, column: column), end: SourcePosition(line: endLine, column: endColumn))
    }

    /// The shown text under the caret of a finding at `column..<endColumn` of `line`.
    static func underCaret(_ line: String, _ column: Int, _ endColumn: Int) -> (shown: String, marked: String) {
        let (shown, range) = QuotedLine(line).shown(for: Self.range(column, endColumn))
        let caret = Array(TextReporter.caret(for: range, in: shown))
        let scalars = Array(shown.unicodeScalars)
        let marked = caret.indices.filter { caret[$0] == "^" }.map { Character(scalars[$0]) }
        return (shown, String(marked))
    }

    /// `[scope0, scope1, …]`, and where `scope\(n)` starts (1-based column).
    static func flowList(_ count: Int, prefix: String = "") -> (line: String, column: (Int) -> Int) {
        let items = (0..<count).map { "\(prefix)scope\($0)" }
        var columns: [Int] = []
        var line = "scopes: ["
        for (index, item) in items.enumerated() {
            if index > 0 { line += ", " }
            columns.append(line.unicodeScalars.count + 1)
            line += item
        }
        return (line + "]", { columns[$0] })
    }

    @Test func aShortLineIsQuotedWhole() {
        let line = String(repeating: "a", count: QuotedLine.maxColumns)
        let (shown, range) = QuotedLine(line).shown(for: Self.range(150, 155))
        #expect(shown == line)
        #expect(range == Self.range(150, 155))
    }

    @Test func aLongLineIsQuotedAroundEachFinding() {
        let (line, column) = Self.flowList(3_000)
        for item in [0, 1, 1_500, 2_998, 2_999] {
            let name = "scope\(item)"
            let (shown, marked) = Self.underCaret(line, column(item), column(item) + name.count)
            #expect(marked == name, "the caret is under \(name)")
            #expect(shown.unicodeScalars.count <= QuotedLine.maxColumns + 2)
            #expect(shown.hasPrefix("…") == (column(item) > QuotedLine.columnsBefore + 1))
            #expect(shown.hasSuffix("…") == (item < 2_990))
        }
    }

    @Test func columnsCountUnicodeScalarsOnALongLine() {
        let (line, column) = Self.flowList(500, prefix: "é€")
        for item in [0, 250, 499] {
            let name = "é€scope\(item)"
            let (_, marked) = Self.underCaret(line, column(item), column(item) + name.unicodeScalars.count)
            #expect(marked == name)
        }
    }

    @Test func aRangeOntoLaterLinesIsMarkedToTheWindowsEnd() {
        let line = String(repeating: "b", count: 1_000)
        let (shown, range) = QuotedLine(line).shown(for: Self.range(500, 3, endLine: 4))
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(range.start.column == QuotedLine.columnsBefore + 2)
        #expect(range.end.column == QuotedLine.maxColumns + 2)
    }

    @Test func aFindingAtTheLinesEndIsMarkedThere() {
        let line = String(repeating: "c", count: 1_000)
        let (shown, range) = QuotedLine(line).shown(for: Self.range(1_001, 1_001))
        #expect(shown.hasPrefix("…") && !shown.hasSuffix("…"))
        #expect(range.start.column == shown.unicodeScalars.count + 1)
    }
}

import LintKit
@testable import Reports
import SourceText
import Testing
import RuleFiles

@Suite struct ReviewdogReporterTests {
    @Test func columnsCountUTF8BytesOnTheLinesTheLinterKept() {
        let columns = ByteColumns(lines: [3: "  é😀: x"])
        #expect(columns.column(of: SourcePosition(line: 3, column: 1)) == 1)
        #expect(columns.column(of: SourcePosition(line: 3, column: 4)) == 5)
        #expect(columns.column(of: SourcePosition(line: 3, column: 5)) == 9)
        #expect(columns.column(of: SourcePosition(line: 3, column: 10)) == 14, "past the end of the line, one byte a column")
        #expect(columns.column(of: SourcePosition(line: 4, column: 7)) == 7, "a line not kept is taken as ASCII")
    }

    @Test func everyColumnOfAKeptLineCountsItsBytes() {
        for line in ["plain: ascii", "é😀中: x"] {
            let columns = ByteColumns(lines: [1: line]), scalars = Array(line.unicodeScalars)
            for column in 1...(scalars.count + 3) {
                let expected = scalars.prefix(column - 1).reduce(0) { $0 + UTF8.width($1) } + max(0, column - 1 - scalars.count) + 1
                #expect(columns.column(of: SourcePosition(line: 1, column: column)) == expected, "\(line) column \(column)")
            }
        }
    }

    @Test func eachEditOfAFixIsASuggestion() {
        let edits = [TextEdit(bytes: 0..<0, range: SampleRuns.range(2, 3, 2, 3), replacement: "  scopes: [full]\n"),
                     TextEdit(bytes: 9..<12, range: SampleRuns.range(1, 4, 1, 7), replacement: "")]
        let fix = Fix(title: "t", applicability: .unsafe, edits: edits)
        let finding = SampleRuns.finding("x", .error, "m", path: "a.yaml", line: 1, column: 4, endColumn: 7, keyPath: "", fix: fix)
        let run = LintRun(files: [FileResult(path: "a.yaml", findings: [finding], sourceLines: [1: "é😀 abc"])])
        let output = ReviewdogReporter(lines: true).render(run, context: SampleRuns.context)
        #expect(output.contains(#""suggestions":[{"range":{"start":{"line":2,"column":3},"end":{"line":2,"column":3}},"text":"  scopes: [full]\n"},"#
                                + #"{"range":{"start":{"line":1,"column":8},"end":{"line":1,"column":11}},"text":""}]"#), "\(output)")
    }
}

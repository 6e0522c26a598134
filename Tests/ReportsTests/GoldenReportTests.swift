import Foundation
import LintKit
import Reports
import Testing
import TestSupport

/// Every format's rendering of `SampleRuns` is kept in `Goldens/RUN.FORMAT.EXT`.
/// `UPDATE_GOLDENS=1 swift test --filter GoldenReportTests` rewrites them; review the diff before committing.
@Suite struct GoldenReportTests {
    static let goldens = Fixtures.url("Tests/ReportsTests/Goldens")

    static let cases: [(String, ReportFormat)] = ["findings", "clean"].flatMap { run in ReportFormat.allCases.map { (run, $0) } }

    static func goldenName(run: String, format: ReportFormat) -> String {
        let ext: String
        switch format {
        case .text, .github: ext = "txt"
        case .json, .gitlab, .sarif, .rdjson: ext = "json"
        case .junit, .checkstyle: ext = "xml"
        case .markdown: ext = "md"
        case .rdjsonl: ext = "jsonl"
        case .html: ext = "html"
        }
        return "\(run).\(format.rawValue).\(ext)"
    }

    @Test(arguments: cases)
    func matchesGolden(run name: String, format: ReportFormat) throws {
        let run = name == "clean" ? SampleRuns.clean : SampleRuns.withFindings
        let report = format.reporter.render(run, context: SampleRuns.context)
        let golden = Self.goldens.appendingPathComponent(Self.goldenName(run: name, format: format))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try Data(report.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(report == expected, "\(format.rawValue) report of the \(name) run no longer matches \(golden.lastPathComponent)")
    }
}

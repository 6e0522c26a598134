import LintKit
@testable import Reports
import SourceText
import Testing
import RuleFiles

/// GitHub shows 10 annotations of each level per step: errors come first, each level in path and line
/// order, and a last notice counts what was left out and says where the full report is.
@Suite struct GitHubAnnotationLimitTests {
    static func run(errors: Int, warnings: Int, notices: Int) -> LintRun {
        let counts: [(Severity, Int)] = [(.info, notices), (.warning, warnings), (.error, errors)]
        let findings = counts.flatMap { severity, count in
            (0..<count).map { index in
                SampleRuns.finding("rule-\(severity.rawValue)", severity, "finding \(index)", path: index % 2 == 0 ? "b.cyclr.yaml" : "a.cyclr.yaml",
                                   line: 100 - index, column: 1, endColumn: 2, keyPath: "k\(index)")
            }
        }
        return LintRun(files: ["a.cyclr.yaml", "b.cyclr.yaml"].map { path in
            FileResult(path: path, findings: findings.filter { $0.path == path }.sorted(by: Finding.reportOrder))
        })
    }

    static func commands(_ output: String) -> [String] {
        output.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    }

    @Test func errorsThenWarningsThenNoticesEachInPathAndLineOrder() {
        let output = GitHubReporter().render(Self.run(errors: 3, warnings: 2, notices: 2), context: SampleRuns.context)
        #expect(Self.commands(output) == ["::error", "::error", "::error", "::warning", "::warning", "::notice", "::notice"])
        let errorPlaces = output.split(separator: "\n").prefix(3).map { line in
            line.split(separator: ",").prefix(2).joined(separator: ",")
        }
        #expect(errorPlaces == ["::error file=a.cyclr.yaml,line=99", "::error file=b.cyclr.yaml,line=98", "::error file=b.cyclr.yaml,line=100"])
        #expect(!output.contains("in all"), "no closing notice when nothing is left out")
    }

    @Test func keepsToTheLimitAndEndsWithANoticeNamingTheFullReport() {
        var context = SampleRuns.context
        context.otherReportFiles = ["connectlint.sarif", "report.html"]
        let output = GitHubReporter().render(Self.run(errors: 14, warnings: 3, notices: 12), context: context)
        let commands = Self.commands(output)
        #expect(commands.filter { $0 == "::error" }.count == 10)
        #expect(commands.filter { $0 == "::warning" }.count == 3)
        #expect(commands.filter { $0 == "::notice" }.count == 10, "nine notices and the closing one")
        let last = String(output.split(separator: "\n").last ?? "")
        #expect(last == "::notice title=connectlint::29 findings in all (14 errors, 3 warnings, 12 infos in 2 files); GitHub shows 10 annotations "
                + "of each level per step, so 7 are not annotated here: the full report is in connectlint.sarif, report.html")
    }
}

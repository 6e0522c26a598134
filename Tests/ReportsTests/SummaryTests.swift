import Testing
import LintKit
@testable import Reports

@Suite struct SummaryTests {
    @Test func summaryPluralises() {
        let finding = Finding(ruleId: "x", severity: .error, message: "m", path: "a.cyclr.yaml",
                              range: .fileStart, keyPath: "", help: nil)
        let run = LintRun(files: [FileResult(path: "a.cyclr.yaml", findings: [finding])])
        #expect(Summary.line(for: run) == "1 error, 0 warnings, 0 infos in 1 file")
    }
}

import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import LintKit
import Reports
import SourceText

/// The run's reports, written as results come in: every writer gets each file's result in report order.
final class ReportWriters {
    private let writers: [any ReportWriter]
    private let outputs: [(output: ReportOutput, file: String?)]
    private var started = false
    private(set) var totals = RunTotals()
    /// The paths of the files reported, to make sure no report is written over one of them: kept only when a report
    /// goes to a file.
    private var reportedPaths = Set<String>()
    private let writesReportFiles: Bool

    init(_ reports: [(format: ReportFormat, file: String?)], context: (String?) -> ReportContext, standardError: Bool) throws {
        var outputs: [(output: ReportOutput, file: String?)] = []
        do {
            for report in reports {
                outputs.append((try report.file.map(ReportOutput.file) ?? .descriptor(standardError ? STDERR_FILENO : STDOUT_FILENO), report.file))
            }
        } catch {
            outputs.forEach { $0.output.discard() }
            throw error
        }
        self.outputs = outputs
        writesReportFiles = outputs.contains { $0.file != nil }
        writers = zip(reports, outputs).map { report, output in report.format.reporter.writer(context: context(report.file), output: output.output) }
    }

    func add(_ file: FileResult) {
        startOnce()
        totals.add(file)
        if writesReportFiles { reportedPaths.insert(file.path) }
        for writer in writers { writer.add(file) }
    }

    /// Ends every report; report files take their places only now, and not at all over a file that was linted.
    func finish(fixedCount: Int?) throws {
        for case let (_, file?) in outputs where reportedPaths.contains(where: { LintCommand.samePath($0, file) }) {
            discard()
            throw LintUsageError("the report file \(file) is a file being linted; connectlint never writes to the files it lints")
        }
        startOnce()
        totals.fixedCount = fixedCount
        for writer in writers { writer.finish(totals) }
        for (output, _) in outputs { try output.close() }
    }

    /// Drops the report files of a run that failed (nothing written to standard output is taken back).
    func discard() {
        for (output, _) in outputs { output.discard() }
    }

    private func startOnce() {
        guard !started else { return }
        started = true
        for writer in writers { writer.start() }
    }
}

import FoundationEssentials
import LintKit

/// What every report may need besides the findings.
public struct ReportContext: Sendable {
    public var catalog: RuleCatalog
    public var failOn: FailLevel
    public var useColor: Bool
    /// Reports for repository tools (SARIF, GitHub, GitLab, JUnit) give paths relative to this.
    public var workingDirectory: String
    /// `--sarif-category`: SARIF's `automationDetails.id`, one per upload of a matrix job.
    public var sarifCategory: String?
    /// The files the run's other reports go to, for a report that must point at the full one (`github`).
    public var otherReportFiles: [String]

    public init(catalog: RuleCatalog = .builtIn, failOn: FailLevel = .error, useColor: Bool = false,
                workingDirectory: String = FileManager.default.currentDirectoryPath,
                sarifCategory: String? = nil, otherReportFiles: [String] = []) {
        self.catalog = catalog
        self.failOn = failOn
        self.useColor = useColor
        self.workingDirectory = workingDirectory
        self.sarifCategory = sarifCategory
        self.otherReportFiles = otherReportFiles
    }
}

/// One report format: findings in, text out, written as the run goes. Knows nothing of YAML.
public protocol Reporter: Sendable {
    /// A writer of one report to `output`; it writes nothing before `start`.
    func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter
    /// Whether the report prints the lines findings are on (or counts their bytes), so results must carry them.
    var quotesSourceLines: Bool { get }
}

extension Reporter {
    public var quotesSourceLines: Bool { false }
}

/// One report being written: `start`, then each file's result in report order (a long stream's findings
/// may come in several results for one path, `continuesFile` on all but the first), then `finish`.
public protocol ReportWriter: AnyObject {
    func start()
    func add(_ file: FileResult)
    func finish(_ totals: RunTotals)
}

extension ReportWriter {
    public func start() {}
}

extension Reporter {
    /// The whole report of a run that is already complete.
    public func render(_ run: LintRun, context: ReportContext) -> String {
        let output = ReportOutput.string()
        let writer = self.writer(context: context, output: output)
        writer.start()
        for file in run.files { writer.add(file) }
        writer.finish(run.totals)
        return output.text
    }
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, gitlab, markdown, checkstyle, rdjson, rdjsonl, html

    public var reporter: Reporter {
        switch self {
        case .text: return TextReporter()
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .junit: return JUnitReporter()
        case .gitlab: return GitLabReporter()
        case .markdown: return MarkdownReporter()
        case .checkstyle: return CheckstyleReporter()
        case .rdjson: return ReviewdogReporter(lines: false)
        case .rdjsonl: return ReviewdogReporter(lines: true)
        case .html: return HTMLReporter()
        }
    }
}

public enum Summary {
    /// "2 errors, 1 warning, 1 info in 3 files" (", 2 suppressed" when any were).
    public static func line(for run: LintRun) -> String { line(for: run.totals) }

    public static func line(for totals: RunTotals) -> String {
        // Concatenated, not `joined`: the first call of that generic costs every run a quarter of a million instructions.
        var text = count(totals.errors, "error") + ", " + count(totals.warnings, "warning") + ", " + count(totals.infos, "info")
        text += " in " + count(totals.files, "file")
        if totals.suppressed > 0 { text += ", \(totals.suppressed) suppressed" }
        return text + fixes(totals)
    }

    /// "; 3 fixable with --fix (1 more with --unsafe-fixes)", or after fixing "; 3 fixed (1 more with --unsafe-fixes)".
    static func fixes(_ totals: RunTotals) -> String {
        let safe = totals.safeFixes, unsafe = totals.unsafeFixes
        let more = unsafe > 0 ? " (\(unsafe) more with --unsafe-fixes)" : ""
        if let fixed = totals.fixedCount { return "; \(fixed) fixed" + more }
        if safe > 0 { return "; \(safe) fixable with --fix" + more }
        return unsafe > 0 ? "; \(unsafe) fixable with --unsafe-fixes" : ""
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

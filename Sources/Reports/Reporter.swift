import Foundation
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

/// One report format: findings in, text out. Knows nothing of YAML.
public protocol Reporter: Sendable {
    func render(_ run: LintRun, context: ReportContext) -> String
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
    public static func line(for run: LintRun) -> String {
        var text = [count(run.count(.error), "error"), count(run.count(.warning), "warning"), count(run.count(.info), "info")]
            .joined(separator: ", ")
        text += " in " + count(run.files.count, "file")
        if run.suppressedCount > 0 { text += ", \(run.suppressedCount) suppressed" }
        return text + fixes(run)
    }

    /// "; 3 fixable with --fix (1 more with --unsafe-fixes)", or after fixing "; 3 fixed (1 more with --unsafe-fixes)".
    static func fixes(_ run: LintRun) -> String {
        let safe = run.findings.filter { $0.fix?.applicability == .safe }.count
        let unsafe = run.findings.filter { $0.fix?.applicability == .unsafe }.count
        let more = unsafe > 0 ? " (\(unsafe) more with --unsafe-fixes)" : ""
        if let fixed = run.fixedCount { return "; \(fixed) fixed" + more }
        if safe > 0 { return "; \(safe) fixable with --fix" + more }
        return unsafe > 0 ? "; \(unsafe) fixable with --unsafe-fixes" : ""
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

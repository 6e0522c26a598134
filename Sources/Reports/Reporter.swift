import LintKit

/// What every report may need besides the findings.
public struct ReportContext: Sendable {
    public var catalog: RuleCatalog
    public var failOn: FailLevel
    public var useColor: Bool

    public init(catalog: RuleCatalog = .builtIn, failOn: FailLevel = .error, useColor: Bool = false) {
        self.catalog = catalog
        self.failOn = failOn
        self.useColor = useColor
    }
}

/// One report format: findings in, text out. Knows nothing of YAML.
public protocol Reporter: Sendable {
    func render(_ run: LintRun, context: ReportContext) -> String
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json

    public var reporter: Reporter {
        switch self {
        case .text: return TextReporter()
        case .json: return JSONReporter()
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
        return text
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

import RuleFiles
/// What a run's summary and exit status need, counted file by file as results come in, so that a report
/// written as the run goes need not keep its findings.
public struct RunTotals: Sendable, Equatable {
    public private(set) var files = 0
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var infos = 0
    public private(set) var suppressed = 0
    /// Findings whose fix `--fix` applies, and those only `--unsafe-fixes` applies.
    public private(set) var safeFixes = 0
    public private(set) var unsafeFixes = 0
    /// How many fixes `--fix` applied; nil when the run did not fix.
    public var fixedCount: Int?

    public init() {}

    public mutating func add(_ file: FileResult) {
        if !file.continuesFile { files += 1 }
        for finding in file.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            switch finding.fix?.applicability {
            case .safe?: safeFixes += 1
            case .unsafe?: unsafeFixes += 1
            case nil: break
            }
        }
        suppressed += file.suppressedCount
    }

    public var findings: Int { errors + warnings + infos }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: return errors
        case .warning: return warnings
        case .info: return infos
        }
    }

    public func fails(at level: FailLevel) -> Bool {
        [Severity.error, .warning, .info].contains { count($0) > 0 && level.fails(on: $0) }
    }
}

extension LintRun {
    public var totals: RunTotals {
        var totals = RunTotals()
        for file in files { totals.add(file) }
        totals.fixedCount = fixedCount
        return totals
    }
}

import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import LintKit
import Reports
import SourceText

extension ReportFormat: ArgumentValue {}
extension FailLevel: ArgumentValue {}

enum ColorChoice: String, CaseIterable, ArgumentValue {
    case auto, always, never
}

struct LintCommand: ParsedCommand {
    static let paths: Declared<[String]> = .arguments("paths",
        help: "Files, directories (walked for cyclr.yaml, cyclr.yml, *.cyclr.yaml, *.cyclr.yml), or - for standard input.", default: ["."])
    static let format: Declared<[ReportTarget]> = .repeated("--format", valueName: "format[=file]",
        help: "Report format, optionally with the file to write it to.",
        discussion: "Repeat it for several reports from one pass over the files; FORMAT=FILE writes that report to FILE, e.g. --format text --format sarif=results.sarif --format junit=junit.xml.",
        default: [ReportTarget(format: .text)])
    static let output: Declared<String?> = .option("--output",
        help: "Write the report of the --format given without =FILE to this file instead of standard output.")
    static let failOn: Declared<FailLevel?> = .option("--fail-on",
        help: "Lowest severity that makes the exit status 1: error|warning|info|never (default: the configuration's failOn, else error).")
    static let noInlineSuppressions: Declared<Bool> = .flag("--no-inline-suppressions", help: "Ignore every # connectlint-disable comment (for CI).")
    static let color: Declared<ColorChoice> = .option("--color",
        help: "Colour: auto (only on a terminal; NO_COLOR turns it off, FORCE_COLOR on), always, never.", default: .auto)
    static let stdinFilename: Declared<String> = .option("--stdin-filename", help: "The name standard input (-) gets in reports.", default: "<stdin>")
    static let serviceDomain: Declared<String?> = .option("--service-domain", valueName: "HOST",
        help: "Your Cyclr service domain (e.g. acme-h.cyclr.com), for Salesforce metadata files linted without a setup YAML.")
    static let jobs: Declared<Int?> = .option("--jobs", help: "How many files to lint at once (default: one per CPU core); 1 also keeps a large stream on one core.")
    static let maxFileSize: Declared<Int> = .option("--max-file-size",
        help: "Largest input read, in MiB; a bigger one gives an input-limit finding (default 64).", default: ParseLimits.standard.maxFileBytes / (1024 * 1024))

    static let spec = CommandSpec(Self.self, name: "lint", abstract: "Lint setup files (the default command).", groups: [
        ParameterGroup(paths.parameter, format.parameter, output.parameter, failOn.parameter),
        CatalogOptions.group,
        FixOptions.group,
        AdoptionOptions.group,
        ParameterGroup(noInlineSuppressions.parameter, color.parameter, stdinFilename.parameter, serviceDomain.parameter,
                       jobs.parameter, maxFileSize.parameter),
    ])

    let paths: [String]
    let format: [ReportTarget]
    let output: String?
    let failOn: FailLevel?
    let catalogOptions: CatalogOptions
    let fixOptions: FixOptions
    let adoption: AdoptionOptions
    let noInlineSuppressions: Bool
    let color: ColorChoice
    let stdinFilename: String
    let serviceDomain: String?
    /// Nil: one per CPU core.
    let jobs: Int?
    let maxFileSize: Int

    init(_ parsed: ParsedValues) throws {
        paths = try parsed[Self.paths]
        format = try parsed[Self.format]
        output = try parsed[Self.output]
        failOn = try parsed[Self.failOn]
        catalogOptions = try CatalogOptions(parsed)
        fixOptions = try FixOptions(parsed)
        adoption = try AdoptionOptions(parsed)
        noInlineSuppressions = try parsed[Self.noInlineSuppressions]
        color = try parsed[Self.color]
        stdinFilename = try parsed[Self.stdinFilename]
        serviceDomain = try parsed[Self.serviceDomain]
        jobs = try parsed[Self.jobs]
        maxFileSize = try parsed[Self.maxFileSize]
    }

    func validate() throws {
        try adoption.validate()
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        guard (1...(1 << 30)).contains(maxFileSize) else {
            throw ValidationError("--max-file-size is in MiB and must be between 1 and \(1 << 30), not \(maxFileSize).")
        }
    }

    func run() throws {
        var (options, configuration) = try catalogOptions.lintOptions()
        if let serviceDomain { options.serviceDomain = serviceDomain }
        options.inlineSuppressions = !noInlineSuppressions
        let failOn = self.failOn ?? configuration.failOn ?? .error
        options.jobs = jobs
        options.limits.maxFileBytes = maxFileSize * 1024 * 1024
        options.changedFiles = try adoption.changedFiles()
        let reports = try ReportTarget.destinations(format, output: output)
        options.quotesSourceLines = reports.contains { $0.format.reporter.quotesSourceLines }
        let linter = Linter(options: options)
        var diffShowedChanges = false
        // A diff, and the fixed text of standard input, take standard output: the report goes to standard error.
        let reportsToStandardError = fixOptions.diff || (fixOptions.fixing && paths.contains("-"))
        let writers = try ReportWriters(reports, context: { file in
            ReportContext(catalog: linter.options.catalog, failOn: failOn, useColor: useColor(writingTo: file),
                          sarifCategory: adoption.sarifCategory, otherReportFiles: reports.compactMap(\.file).filter { $0 != file })
        }, standardError: reportsToStandardError)
        var staleBaseline = false
        do {
            if fixOptions.fixing || adoption.usesBaseline(configuration) {
                // Fixing and baselines need every finding of the run before any is reported.
                var linted: LintRun
                if fixOptions.fixing {
                    (linted, diffShowedChanges) = try fix(options)
                } else {
                    linted = try linter.run(paths: paths, standardInputName: stdinFilename)
                }
                let adopted = try adoption.adopt(linted, configuration: configuration)
                adopted.run.files.forEach(writers.add)
                try writers.finish(fixedCount: adopted.run.fixedCount)
                staleBaseline = adoption.failsOnStale(adopted)
            } else {
                try linter.stream(paths: paths, standardInputName: stdinFilename, emit: writers.add)
                try writers.finish(fixedCount: nil)
            }
        } catch {
            writers.discard()
            throw error
        }
        if writers.totals.fails(at: failOn) || diffShowedChanges || staleBaseline { throw ExitCode(ExitStatus.findings) }
    }

    /// Writes text (a diff, or fixed standard input) to standard output.
    func writeToStandardOutput(_ text: String) {
        SystemIO.write(text, to: SystemIO.standardOutput)
    }

    private func useColor(writingTo output: String?) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            // FORCE_COLOR is for terminals behind pipes (CI logs); a report file gets colour only with --color always.
            guard output == nil else { return false }
            // Two variables read as they are, not the whole environment made into a dictionary.
            func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
            if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
            if let force = variable("FORCE_COLOR"), !force.isEmpty, force != "0" { return true }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        StandardPath.of(a) == StandardPath.of(b)
    }
}

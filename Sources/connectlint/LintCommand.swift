import ArgumentParser
import Foundation
import LintKit
import Reports
import SourceText

extension ReportFormat: ExpressibleByArgument {}
extension FailLevel: ExpressibleByArgument {}

enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint setup files (the default command)."
    )

    @Argument(help: "Files, directories (walked for cyclr.yaml, cyclr.yml, *.cyclr.yaml, *.cyclr.yml), or - for standard input.")
    var paths: [String] = ["."]

    @Option(help: ArgumentHelp(
        "Report format, optionally with the file to write it to.",
        discussion: "Repeat it for several reports from one pass over the files; FORMAT=FILE writes that report to FILE, e.g. --format text --format sarif=results.sarif --format junit=junit.xml.",
        valueName: "format[=file]"))
    var format: [ReportTarget] = [ReportTarget(format: .text)]

    @Option(help: "Write the report of the --format given without =FILE to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error|warning|info|never (default: the configuration's failOn, else error).")
    var failOn: FailLevel?

    @OptionGroup var catalogOptions: CatalogOptions

    @OptionGroup var fixOptions: FixOptions

    @OptionGroup(title: "Adopting and CI") var adoption: AdoptionOptions

    @Flag(name: .customLong("no-inline-suppressions"), help: "Ignore every # connectlint-disable comment (for CI).")
    var noInlineSuppressions = false

    @Option(help: "Colour: auto (only on a terminal; NO_COLOR turns it off, FORCE_COLOR on), always, never.")
    var color: ColorChoice = .auto

    @Option(name: .customLong("stdin-filename"), help: "The name standard input (-) gets in reports.")
    var stdinFilename: String = "<stdin>"

    @Option(name: .customLong("service-domain"), help: ArgumentHelp(
        "Your Cyclr service domain (e.g. acme-h.cyclr.com), for Salesforce metadata files linted without a setup YAML.",
        valueName: "HOST"))
    var serviceDomain: String?

    @Option(help: "How many files to lint at once (default: one per CPU core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-file-size"),
            help: "Largest input read, in MiB; a bigger one gives an input-limit finding (default 64).")
    var maxFileSize: Int = ParseLimits.standard.maxFileBytes / (1024 * 1024)

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
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

    func write(_ report: String, to output: String?, standardError: Bool = false) throws {
        guard let output else {
            if standardError {
                FileHandle.standardError.write(Data(report.utf8))
                return
            }
            // Straight from the string's storage: a copy into Data would double the peak memory of a big report.
            var report = report
            report.withUTF8 { SystemIO.writeAll(SystemIO.standardOutput, $0) }
            return
        }
        do {
            try Data(report.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw LintUsageError("cannot write \(output): \(error.localizedDescription)")
        }
    }

    private func useColor(writingTo output: String?) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            // FORCE_COLOR is for terminals behind pipes (CI logs); a report file gets colour only with --color always.
            guard output == nil else { return false }
            let environment = ProcessInfo.processInfo.environment
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}

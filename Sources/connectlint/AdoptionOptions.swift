import FoundationEssentials
import SourceText
import LintKit

/// The options for adopting connectlint in a repository with history (a baseline, linting only what a
/// change touched) and for reports of matrix jobs (`--sarif-category`).
struct AdoptionOptions {
    static let baseline: Declared<String?> = .option("--baseline", valueName: "file",
        help: "Report only findings not in this baseline file (default: the configuration's baseline).")
    static let writeBaseline: Declared<String?> = .option("--write-baseline", valueName: "file",
        help: "Record every finding of this run in FILE (sorted JSON, no lines, no values); the run then reports none of them.")
    static let strictBaseline: Declared<Bool> = .flag("--strict-baseline",
        help: "Fail (exit 1) when a baseline entry matches nothing any more; `connectlint baseline prune` removes such entries.")
    static let changedSince: Declared<String?> = .option("--changed-since", valueName: "ref",
        help: "Lint only the files changed since the git revision REF (committed, staged or not), and the setups whose linked metadata changed.")
    static let sarifCategory: Declared<String?> = .option("--sarif-category", valueName: "name",
        help: "The SARIF report's runAutomationDetails id, so each job of a matrix uploads its own category.")
    static let group = ParameterGroup("Adopting and CI", baseline.parameter, writeBaseline.parameter, strictBaseline.parameter,
                                      changedSince.parameter, sarifCategory.parameter)

    let baseline: String?
    let writeBaseline: String?
    let strictBaseline: Bool
    let changedSince: String?
    let sarifCategory: String?

    init(_ parsed: ParsedValues) throws {
        baseline = try parsed[Self.baseline]
        writeBaseline = try parsed[Self.writeBaseline]
        strictBaseline = try parsed[Self.strictBaseline]
        changedSince = try parsed[Self.changedSince]
        sarifCategory = try parsed[Self.sarifCategory]
    }

    func validate() throws {
        if writeBaseline != nil, changedSince != nil {
            throw ValidationError("--write-baseline records the whole repository's findings; it cannot be combined with --changed-since.")
        }
        if sarifCategory?.isEmpty == true { throw ValidationError("--sarif-category needs a name, such as connectlint-prod.") }
    }

    /// The files `--changed-since` leaves to lint, nil without it.
    func changedFiles() throws -> Set<String>? {
        try changedSince.map { try GitChanges.files(changedSince: $0) }
    }

    /// What a baseline did to a run: the run to report and the entries that match nothing any more.
    struct Adopted {
        let run: LintRun
        let stale: [Baseline.Entry]
        let baselinePath: String?
    }

    /// Whether the run writes a baseline or is reported against one.
    func usesBaseline(_ configuration: Configuration) -> Bool {
        writeBaseline != nil || (baseline ?? configuration.baselinePath) != nil
    }

    /// Writes the baseline when asked, then reports the run against the baseline in use.
    func adopt(_ run: LintRun, configuration: Configuration) throws -> Adopted {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let path: String
        let baseline: Baseline
        if let writeBaseline {
            path = writeBaseline
            baseline = Baseline(recording: run.findings, folder: Self.folder(of: path), workingDirectory: workingDirectory)
            try baseline.write(to: path)
        } else if let given = self.baseline ?? configuration.baselinePath {
            path = given
            baseline = try Baseline.read(path: path)
        } else {
            return Adopted(run: run, stale: [], baselinePath: nil)
        }
        let outcome = baseline.apply(to: run, folder: Self.folder(of: path), workingDirectory: workingDirectory, file: path)
        return Adopted(run: outcome.run, stale: outcome.stale, baselinePath: path)
    }

    /// With `--strict-baseline`, stale entries fail the run: they are named on standard error.
    func failsOnStale(_ adopted: Adopted) -> Bool {
        guard strictBaseline, !adopted.stale.isEmpty, let path = adopted.baselinePath else { return false }
        let count = adopted.stale.count
        var message = count == 1 ? "1 baseline entry of \(path) matches" : "\(count) baseline entries of \(path) match"
        message += " fewer findings than recorded (fixed? shrink the baseline):\n"
        for entry in adopted.stale { message += "  \(Self.describe(entry))\n" }
        message += "  help: `connectlint baseline prune \(path)` removes them\n"
        SystemIO.writeStandardError(("connectlint: error: " + message))
        return true
    }

    static func describe(_ entry: Baseline.Entry) -> String {
        let place = entry.key.keyPath.isEmpty ? "" : " at `\(entry.key.keyPath)`"
        return "\(entry.key.path): \(entry.key.rule)\(place) (\(entry.count) fewer than recorded)"
    }

    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    }
}

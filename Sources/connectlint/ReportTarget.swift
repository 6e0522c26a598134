import FoundationEssentials
import LintKit
import Reports
import SourceText

/// One `--format` value, `FORMAT` or `FORMAT=FILE`: a report and, optionally, the file it goes to.
struct ReportTarget: ArgumentValue, Equatable {
    let format: ReportFormat
    let file: String?

    init(format: ReportFormat, file: String? = nil) {
        self.format = format
        self.file = file
    }

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard let format = ReportFormat(rawValue: String(parts[0])) else { return nil }
        if parts.count == 2 {
            self.init(format: format, file: String(parts[1]))
        } else {
            self.init(format: format)
        }
    }

    static var choices: [String] { ReportFormat.choices }
    var argumentDescription: String { file.map { "\(format.rawValue)=\($0)" } ?? format.rawValue }

    /// Every report of the run with where it goes (nil = standard output): a target's own file, else
    /// `--output`, else standard output. Fails when two reports would share a destination.
    static func destinations(_ targets: [ReportTarget], output: String?) throws -> [(format: ReportFormat, file: String?)] {
        if let empty = targets.first(where: { $0.file?.isEmpty == true }) {
            throw LintUsageError("--format \(empty.format.rawValue)= names no file; write --format \(empty.format.rawValue)=FILE, or --format \(empty.format.rawValue) for standard output")
        }
        let unnamed = targets.filter { $0.file == nil }
        if unnamed.count > 1 {
            let formats = unnamed.map(\.format.rawValue).joined(separator: ", ")
            throw LintUsageError("the reports \(formats) would all go to \(output ?? "standard output"); give all but one a file, as in --format \(unnamed[1].format.rawValue)=FILE")
        }
        if let output, unnamed.isEmpty {
            throw LintUsageError("--output \(output) has no report to take: every --format names its own file")
        }
        let resolved = targets.map { (format: $0.format, file: $0.file ?? output) }
        var seen: [String: ReportFormat] = [:]
        for target in resolved {
            guard let file = target.file else { continue }
            let key = StandardPath.of(file)
            if let earlier = seen[key] {
                throw LintUsageError("the \(earlier.rawValue) and \(target.format.rawValue) reports would both be written to \(file); give each its own file")
            }
            seen[key] = target.format
        }
        return resolved
    }
}

import LintKit

/// A pretty-printed JSON array written an item at a time, laid out as `JSONValue.rendered()` lays out a whole one.
struct JSONArrayWriter {
    /// How deep the array itself is (the column its closing bracket goes in).
    let indent: Int
    private(set) var count = 0

    init(indent: Int) {
        self.indent = indent
    }

    mutating func item(_ value: JSONValue) -> String {
        defer { count += 1 }
        return (count == 0 ? "[" : ",") + "\n" + String(repeating: " ", count: indent + 2) + value.rendered(indentedBy: indent + 2)
    }

    func close() -> String {
        count == 0 ? "[]" : "\n" + String(repeating: " ", count: indent) + "]"
    }
}

/// Locates and fingerprints findings one at a time, in report order, as `LocatedFinding.all` does for a whole run.
struct FindingLocator {
    let workingDirectory: String
    private var occurrences: [String: Int] = [:]
    private var relativePaths: [String: String] = [:]

    init(workingDirectory: String) {
        self.workingDirectory = workingDirectory
    }

    mutating func relativePath(_ path: String) -> String {
        if let known = relativePaths[path] { return known }
        let relative = ReportPath.relative(path, to: workingDirectory)
        relativePaths[path] = relative
        return relative
    }

    mutating func locate(_ finding: Finding) -> LocatedFinding {
        let path = relativePath(finding.path)
        let identity = [path, finding.ruleId, finding.keyPath].joined(separator: "\u{0}")
        let occurrence = occurrences[identity, default: 0]
        occurrences[identity] = occurrence + 1
        return LocatedFinding(finding: finding, relativePath: path, fingerprint: SHA256.hex(identity + "\u{0}" + String(occurrence)))
    }
}

/// A writer for the formats made for people reading a whole page (Markdown, HTML): it keeps the run's
/// results and renders them at the end. The parts of a long stream are joined into one result per file.
final class CollectingWriter: ReportWriter {
    private let output: ReportOutput
    private let render: (LintRun) -> String
    private var files: [FileResult] = []

    init(output: ReportOutput, render: @escaping (LintRun) -> String) {
        self.output = output
        self.render = render
    }

    func add(_ file: FileResult) {
        if file.continuesFile, let last = files.popLast() {
            files.append(last.joined(with: file))
        } else {
            files.append(file)
        }
    }

    func finish(_ totals: RunTotals) {
        var run = LintRun(files: files)
        run.fixedCount = totals.fixedCount
        output.write(render(run))
    }
}

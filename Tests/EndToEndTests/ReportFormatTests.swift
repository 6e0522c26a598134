import Foundation
import Testing
import TestSupport

/// The report formats through the built executable: each format, several reports from one run,
/// and the usage errors of `--format FORMAT=FILE`.
@Suite struct ReportFormatTests {
    static let brokenSample = "SampleConfigs/broken/reading/unknown-key.cyclr.yaml"

    /// One finding as every format can state it: path, line, column, rule.
    struct FindingKey: Hashable, CustomStringConvertible {
        let path: String, line: Int, column: Int, rule: String
        var description: String { "\(path):\(line):\(column) [\(rule)]" }
    }

    @Test(arguments: ["text", "json", "sarif", "github", "junit", "gitlab", "markdown"])
    func everyFormatReportsTheBrokenSample(_ format: String) throws {
        let result = try BinaryRunner.run(["--format", format, Self.brokenSample])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("unknown-key"), "\(format) report lacks the finding:\n\(result.stdout)")
        if ["json", "sarif", "gitlab"].contains(format) {
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(format) is not JSON")
        }
    }

    @Test func textToStdoutAndSARIFAndJUnitToFilesGiveTheSameFindings() throws {
        let folder = try BinaryRunner.scratchFolder()
        let sarif = folder.appendingPathComponent("results.sarif"), junit = folder.appendingPathComponent("junit.xml")
        let result = try BinaryRunner.run(["--format", "text", "--format", "sarif=\(sarif.path)", "--format", "junit=\(junit.path)",
                                           "--fail-on", "info", "SampleConfigs"])
        #expect(result.status == 1)
        let fromText = Self.findings(inText: result.stdout)
        #expect(fromText.count >= 10, "the samples should give findings")
        #expect(try Self.findings(inSARIF: Data(contentsOf: sarif)) == fromText)
        #expect(try Self.findings(inJUnit: String(contentsOf: junit, encoding: .utf8)) == fromText)
    }

    @Test func absolutePathsInsideTheWorkingDirectoryAreReportedRelative() throws {
        let absolute = BinaryRunner.packageRoot.appendingPathComponent(Self.brokenSample).path
        let sarif = try BinaryRunner.run(["--format", "sarif", absolute])
        #expect(try Set(Self.findings(inSARIF: Data(sarif.stdout.utf8)).map(\.path)) == [Self.brokenSample])
        #expect(sarif.stdout.contains("\"uriBaseId\": \"SRCROOT\""))
        let github = try BinaryRunner.run(["--format", "github", absolute])
        let lines = github.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.contains(" file=\(Self.brokenSample),") })
    }

    @Test func outputTakesTheReportWithoutAFile() throws {
        let folder = try BinaryRunner.scratchFolder()
        let text = folder.appendingPathComponent("report.txt"), gitlab = folder.appendingPathComponent("gl-code-quality.json")
        let result = try BinaryRunner.run(["--format", "gitlab=\(gitlab.path)", "--format", "text", "--output", text.path, Self.brokenSample])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: text, encoding: .utf8).contains("[unknown-key]"))
        #expect(try String(contentsOf: gitlab, encoding: .utf8).contains("\"check_name\": \"unknown-key\""))
    }

    @Test(arguments: [
        (["--format", "text", "--format", "json"], "would all go to standard output"),
        (["--format", "sarif=same.out", "--format", "junit=./same.out"], "would both be written to"),
        (["--format", "sarif=a.sarif", "--output", "b.txt"], "has no report to take"),
        (["--format", "sarif=SampleConfigs/broken/reading/unknown-key.cyclr.yaml"], "never writes to the files it lints"),
        (["--format", "pdf=out.pdf"], "pdf"),
        (["--format", "sarif="], "--format sarif= names no file"),
    ])
    func conflictingDestinationsAreUsageErrors(_ options: [String], _ message: String) throws {
        let result = try BinaryRunner.run(options + [Self.brokenSample], in: try Self.scratchCopyOfSamples())
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func forcedColourReachesStandardOutputButNotReportFiles() throws {
        let folder = try Self.scratchCopyOfSamples()
        let result = try BinaryRunner.run(["--format", "text", "--format", "text=copy.txt", Self.brokenSample], in: folder,
                                          environment: ["FORCE_COLOR": "1", "NO_COLOR": ""])
        #expect(result.stdout.contains("\u{1B}["))
        let file = try String(contentsOf: folder.appendingPathComponent("copy.txt"), encoding: .utf8)
        #expect(file.contains("[unknown-key]") && !file.contains("\u{1B}["))
    }

    @Test func helpDocumentsSeveralReports() throws {
        let result = try BinaryRunner.run(["lint", "--help"])
        #expect(result.stdout.contains("--format <format[=file]>"))
        #expect(result.stdout.contains("sarif=results.sarif"))
    }

    /// The README's CI examples (`connectlint --format …` lines) run as written, in a folder holding a broken sample.
    @Test func readmeCommandsRun() throws {
        let readme = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = readme.split(separator: "\n").compactMap { line -> [String]? in
            guard let range = line.range(of: "connectlint --format ") else { return nil }
            return line[range.lowerBound...].split(separator: " ").dropFirst().map(String.init)
        }
        #expect(commands.count >= 3, "the README's CI examples are missing")
        for arguments in commands {
            let folder = try Self.scratchCopyOfSamples()
            let result = try BinaryRunner.run(arguments, in: folder)
            #expect(result.status == 1 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            for case let file? in arguments.map({ $0.split(separator: "=", maxSplits: 1).dropFirst().first }) {
                let written = try String(contentsOf: folder.appendingPathComponent(String(file)), encoding: .utf8)
                #expect(written.contains("unknown-key"), "\(file) lacks the finding")
            }
        }
    }

    /// A folder holding the broken sample, so usage-error tests can name files without touching the repository.
    static func scratchCopyOfSamples() throws -> URL {
        let folder = try BinaryRunner.scratchFolder()
        let target = folder.appendingPathComponent(brokenSample)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent(brokenSample), to: target)
        return folder
    }

    static func findings(inText text: String) -> Set<FindingKey> {
        let pattern = try! NSRegularExpression(pattern: #"^(.+?):(\d+):(\d+): (?:error|warning|info): .* \[([a-z0-9-]+)\]$"#, options: .anchorsMatchLines)
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let group = { (index: Int) in String(text[Range(match.range(at: index), in: text)!]) }
            return FindingKey(path: group(1), line: Int(group(2))!, column: Int(group(3))!, rule: group(4))
        })
    }

    /// The SARIF results the text report lists too: not the suppressed ones (those carry `suppressions`).
    static func findings(inSARIF data: Data) throws -> Set<FindingKey> {
        let document = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = try #require((document["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        return Set(try results.filter { ($0["suppressions"] as? [Any])?.isEmpty ?? true }.map { result in
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: String])?["uri"])
            let region = try #require(location["region"] as? [String: Int])
            return FindingKey(path: uri.removingPercentEncoding ?? uri, line: region["startLine"] ?? 0, column: region["startColumn"] ?? 0,
                              rule: result["ruleId"] as? String ?? "")
        })
    }

    /// Each `<failure>`'s body starts with the text report's first line.
    static func findings(inJUnit xml: String) -> Set<FindingKey> {
        let bodies = xml.components(separatedBy: "<failure ").dropFirst().compactMap { element -> String? in
            guard let start = element.firstIndex(of: ">") else { return nil }
            return String(element[element.index(after: start)...].prefix { $0 != "\n" && $0 != "<" })
        }
        return findings(inText: bodies.joined(separator: "\n"))
    }
}

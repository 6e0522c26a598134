import Foundation
import LintKit
@testable import Reports
import SourceText
import Testing

/// A lone multi-document stream is linted and reported a document at a time; every format must come out
/// byte for byte as it does from the whole run read at once (fixes resolved from each document's lines
/// alone, quoted lines fetched a window at a time, and files split across several results).
@Suite struct StreamedReportTests {
    /// About 400 KB, so the stream spans several of the reader's chunks; findings with and without fixes (some
    /// adding lines), a secret on a quoted line, and a document libyaml cannot read.
    static func stream(lineBreak: String) -> String {
        var documents: [String] = []
        for index in 0..<420 {
            let secret = index % 7 == 0 ? "clientSecret: 1234567890ABCDEF1234567890ABCDEF" : "clientSecret: ${SALESFORCE_CONSUMER_SECRET}"
            var lines = [
                "# Acme \(index): the Connected App for the Cyclr connector.",
                "version: 1",
                "connector: Salesforce",
                "cyclr:",
                "  serviceDomain: acme\(index)-h.cyclr.com",
                "  clientId: ${SALESFORCE_CONSUMER_KEY}",
                "  \(secret)",
                "salesforce:",
                "  org:",
                "    type: production",
                "    loginUrl: https://login.salesforce.com",
                "  connectedApp:",
                "    name: Acme Cyclr Integration \(index)",
                "    apiName: Acme_Cyclr_Integration_\(index)",
                "    contactEmail: \(index % 5 == 0 ? "\"\"" : "integrations@acme\(index).example")",
                "    oauth:",
                "      enabled: true",
                "      callbackUrls:",
                "        - https://acme\(index)-h.cyclr.com/connector/\(index % 11 == 0 ? "callbacks" : "callback")",
                "      scopes: [full\(index % 4 == 0 ? "" : ", refresh_token")]",
                "      requireSecretForRefreshToken: \(index % 3 == 0 ? "true" : "false")",
                "      refreshTokenPolicy: infinite",
            ]
            // A missing key is added on a line of its own, in the file's line break.
            if index % 13 == 0 { lines.removeAll { $0.contains("requireSecretForRefreshToken") } }
            if index == 200 { lines.append("      broken: [unclosed") }
            documents.append(lines.joined(separator: lineBreak) + lineBreak)
        }
        return documents.joined(separator: "---" + lineBreak)
    }

    /// `mixed`: the first line ends in CRLF and the others in LF, so fixes must use the file's line break, not the document's.
    @Test(arguments: ["\n", "\r\n", "mixed"])
    func everyFormatMatchesTheWholeRun(lineBreak: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("connectlint-streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("stream.cyclr.yaml").path
        var text = Self.stream(lineBreak: lineBreak == "mixed" ? "\n" : lineBreak)
        if lineBreak == "mixed", let first = text.firstIndex(of: "\n") { text.replaceSubrange(first...first, with: "\r\n") }
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let linter = Linter(options: LintOptions(jobs: 1))
        var parts: [FileResult] = []
        try linter.stream(paths: [path]) { parts.append($0) }
        let whole = try linter.run(paths: [path])
        #expect(parts.count > 100, "the stream was not reported a document at a time")
        #expect(parts.first?.continuesFile == false && parts.dropFirst().allSatisfy(\.continuesFile))
        #expect(parts.flatMap(\.findings) == whole.findings)
        #expect(whole.findings.contains { $0.fix != nil })
        #expect(whole.findings.contains { $0.ruleId == "yaml-syntax" })

        var context = ReportContext(catalog: .builtIn, workingDirectory: folder.path)
        context.sarifCategory = "streamed"
        for format in ReportFormat.allCases {
            let output = ReportOutput.string()
            let writer = format.reporter.writer(context: context, output: output)
            writer.start()
            parts.forEach(writer.add)
            var totals = RunTotals()
            parts.forEach { totals.add($0) }
            writer.finish(totals)
            #expect(output.text == format.reporter.render(whole, context: context), "\(format) differs when streamed")
            #expect(!output.text.contains("1234567890ABCDEF"), "\(format) shows a secret")
        }
    }

    /// Reading resumed after a syntax error may read a stretch twice; its findings still come out in report order
    /// (the fuzzer's find: a recursive alias, then a document that fails at its tags).
    @Test func findingsOfAStretchReadTwiceComeOutInReportOrder() throws {
        let bytes = Array("!: &x [1, {b: *x}]\n--- !!-- !!m\n".utf8)
        let linter = Linter(options: LintOptions(jobs: 1))
        var parts: [FileResult] = []
        try linter.stream(paths: ["-"], standardInputName: "stream.cyclr.yaml", readStandardInput: { bytes }) { parts.append($0) }
        let whole = linter.lint(.bytes(bytes), path: "stream.cyclr.yaml")
        #expect(whole.findings.count > 2)
        #expect(parts.flatMap(\.findings) == whole.findings)
    }
}

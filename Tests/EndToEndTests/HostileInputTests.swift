import Foundation
import Testing
import TestSupport

/// SPEC §7 through the built binary: every hostile input ends in a clear finding or error with
/// exit 1 or 2, within 3 seconds of CPU and 256 MB of memory, and with a small report.
/// Inputs are generated into a scratch folder at test time, never committed.
/// The suite runs serially so that one big input at a time competes for the machine.
@Suite(.serialized) struct HostileInputTests {
    static let maxCPUSeconds = 3.0
    static let maxPeakMegabytes = 256.0
    static let maxReportBytes = 64 * 1024

    /// Lints `name` (written by `write`) in a fresh folder and checks the run stayed bounded.
    @discardableResult
    func lint(_ name: String, arguments: [String]? = nil, stdinFile: String? = nil, exit expected: Int32,
              mentioning expectedText: [String], write: (URL) throws -> Void) throws -> BoundedRun {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(folder.appendingPathComponent(name))
        let run = try BoundedRun.run(arguments ?? [name], in: folder,
                                     stdinFile: stdinFile.map { folder.appendingPathComponent($0).path } ?? "/dev/null")
        #expect(!run.timedOut, "\(name): \(run.summary)")
        #expect(run.status == expected, "\(name): \(run.summary)")
        #expect(run.cpuSeconds < Self.maxCPUSeconds, "\(name): \(run.summary)")
        #expect(run.peakMegabytes < Self.maxPeakMegabytes, "\(name): \(run.summary)")
        #expect(run.stdoutBytes < Self.maxReportBytes, "\(name): the report took \(run.stdoutBytes) bytes")
        for text in expectedText {
            #expect((run.stdout + run.stderr).contains(text), "\(name): expected \(text) in \(run.summary)")
        }
        print("hostile input \(name): \(run.summary.prefix { $0 != "\n" })")
        return run
    }

    static func writeText(_ text: String) -> (URL) throws -> Void {
        { try Data(text.utf8).write(to: $0) }
    }

    static func writeBytes(_ bytes: [UInt8]) -> (URL) throws -> Void {
        { try Data(bytes).write(to: $0) }
    }

    /// Writes `head`, then `count` copies of `unit`, then `tail`, in chunks (for inputs of many megabytes).
    static func writeRepeated(_ head: String, _ unit: String, count: Int, _ tail: String) -> (URL) throws -> Void {
        { url in
            FileManager.default.createFile(atPath: url.path, contents: Data(head.utf8))
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            let perChunk = max(1, (1 << 20) / max(1, unit.utf8.count))
            let chunk = Data(String(repeating: unit, count: perChunk).utf8)
            var left = count
            while left >= perChunk { try handle.write(contentsOf: chunk); left -= perChunk }
            try handle.write(contentsOf: Data((String(repeating: unit, count: left) + tail).utf8))
        }
    }

    static let setupWithFinding = "version: 2\ncyclr:\n  serviceDomain: acme-h.cyclr.com\n"

    /// A valid setup but for its scopes: `scopes` follows `scopes:`.
    static func setup(scopes: String) -> String {
        """
        version: 1
        cyclr:
          serviceDomain: acme-h.cyclr.com
        salesforce:
          org:
            type: production
          connectedApp:
            name: Acme Cyclr
            contactEmail: it@acme.example
            oauth:
              enabled: true
              callbackUrls: [https://acme-h.cyclr.com/connector/callback]
              scopes:
        """ + scopes
    }

    @Test func nestingWithBrackets() throws {
        try lint("brackets.cyclr.yaml", exit: 1, mentioning: ["nests deeper than 100 levels", "[input-limit]"],
                 write: Self.writeText(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"))
    }

    @Test func nestingWithBracketsOnLines() throws {
        try lint("bracket-lines.cyclr.yaml", exit: 1, mentioning: ["101:1", "nests deeper than 100 levels"],
                 write: Self.writeRepeated("", "[\n", count: 100_000, String(repeating: "]\n", count: 100_000)))
    }

    @Test func nestingWithIndentation() throws {
        // `- - - x` nests block sequences, each indented past its parent, without quadratic file size.
        try lint("indented.cyclr.yaml", exit: 1, mentioning: ["nests deeper than 100 levels", "[input-limit]"],
                 write: Self.writeRepeated("", "- ", count: 100_000, "x\n"))
    }

    @Test func billionLaughs() throws {
        var text = "version: 1\nlol0: &a0 [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ",") + "]\n"
        for level in 1...9 {
            text += "lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n"
        }
        try lint("laughs.cyclr.yaml", exit: 1, mentioning: ["aliases expand this document beyond 100000 nodes", "[input-limit]"],
                 write: Self.writeText(text))
    }

    @Test func aMillionAliases() throws {
        try lint("aliases.cyclr.yaml", exit: 1, mentioning: ["aliases expand this document beyond 100000 nodes"],
                 write: Self.writeRepeated("version: 1\nanchor: &a x\nlist:\n", "- *a\n", count: 1_000_000, ""))
    }

    /// 200,000 accounts in one document, 600,000 nodes with no alias: the node limit holds for them too (the document
    /// was read whole, about 30 bytes of memory for each byte of it).
    @Test func aDocumentOfSixHundredThousandPlainNodes() throws {
        try lint("accounts.cyclr.yaml", exit: 1, mentioning: ["the document holds more than 100000 nodes", "[input-limit]"],
                 write: Self.writeRepeated("version: 1\naccounts:\n", "  - name: Acme\n    salesforceUser: user@acme.example\n", count: 200_000, ""))
    }

    @Test func aFiftyMegabyteScalar() throws {
        try lint("scalar.cyclr.yaml", exit: 1, mentioning: ["is 50000000 characters long; a host name holds at most 253"],
                 write: Self.writeRepeated("version: 1\ncyclr:\n  serviceDomain: ", "a", count: 50_000_000, "\n"))
    }

    @Test func aFiftyMegabyteKeyIsQuotedShort() throws {
        let run = try lint("key.cyclr.yaml", exit: 1, mentioning: ["key.cyclr.yaml:2:3", "unknown key `aaaa", "a…a"],
                           write: Self.writeRepeated("version: 1\n? ", "a", count: 50_000_000, "\n: 1\n"))
        #expect(!run.stdout.contains(String(repeating: "a", count: 20_000)), "a report quotes at most part of a huge line")
    }

    @Test func aFileOverTheInputLimit() throws {
        try lint("big.cyclr.yaml", exit: 1, mentioning: ["over the 64 MiB limit", "[input-limit]"],
                 write: Self.writeRepeated("version: 1\n", "# padding\n", count: 65 * 1024 * 1024 / 10 + 1, ""))
    }

    @Test func standardInputOverTheInputLimit() throws {
        try lint("big.yaml", arguments: ["-", "--stdin-filename", "piped.cyclr.yaml"], stdinFile: "big.yaml", exit: 1,
                 mentioning: ["piped.cyclr.yaml:1:1", "64 MiB limit", "[input-limit]"],
                 write: Self.writeRepeated("version: 1\n", "# padding\n", count: 65 * 1024 * 1024 / 10 + 1, ""))
    }

    @Test func aRaisedInputLimitReadsTheFile() throws {
        try lint("big.cyclr.yaml", arguments: ["--max-file-size", "70", "big.cyclr.yaml"], exit: 1,
                 mentioning: ["big.cyclr.yaml:1:10", "[unsupported-version]"],
                 write: Self.writeRepeated("version: 2\n", "# padding\n", count: 65 * 1024 * 1024 / 10 + 1, ""))
    }

    @Test func invalidUTF8() throws {
        try lint("bad-utf8.cyclr.yaml", exit: 1, mentioning: ["bad-utf8.cyclr.yaml:3:22", "invalid leading UTF-8 octet (byte 0xFF)", "[yaml-syntax]"],
                 write: Self.writeBytes(Array("version: 1\ncyclr:\n  serviceDomain: acme".utf8) + [0xFF, 0xFE] + Array(".cyclr.com\n".utf8)))
    }

    /// A 100 KB comment line, then a document that breaks: each break makes the reader find the next `---`, which must
    /// not mean reading the stream again from its start (10 MB, a hundred times over, was 4.8 s in a release build).
    static let paddedLine = "# " + String(repeating: "padding ", count: 12_800) + "\n"

    @Test func aHundredBrokenDocumentsInOneStream() throws {
        try lint("broken.cyclr.yaml", exit: 1, mentioning: ["broken.cyclr.yaml:300:1", "did not find expected node content", "101 errors"],
                 write: Self.writeRepeated("", Self.paddedLine + "version: [\n---\n", count: 100, ""))
    }

    @Test func aHundredDocumentsWithInvalidUTF8InOneStream() throws {
        let unit = Array((Self.paddedLine + "version: 1\ncyclr:\n  serviceDomain: acme").utf8) + [0xFF] + Array(".cyclr.com\n---\n".utf8)
        try lint("bad-utf8-stream.cyclr.yaml", exit: 1, mentioning: ["bad-utf8-stream.cyclr.yaml:499:22", "invalid leading UTF-8 octet (byte 0xFF)"],
                 write: Self.writeBytes(Array([[UInt8]](repeating: unit, count: 100).joined())))
    }

    /// Three thousand unknown scopes on one line: each finding quotes a window of the line, not all of it (which made a
    /// 400 MB report and an 800 MB peak from 20,000 of them).
    @Test func aLineWithThousandsOfFindingsIsQuotedInWindows() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scopes = (0..<3_000).map { "scope\($0)" }.joined(separator: ", ")
        try Data(Self.setup(scopes: " [full, refresh_token, \(scopes)]\n").utf8).write(to: folder.appendingPathComponent("scopes.cyclr.yaml"))
        let run = try BoundedRun.run(["scopes.cyclr.yaml"], in: folder, stdinFile: "/dev/null")
        #expect(!run.timedOut && run.status == 1, "\(run.summary)")
        #expect(run.cpuSeconds < Self.maxCPUSeconds && run.peakMegabytes < Self.maxPeakMegabytes, "\(run.summary)")
        #expect(run.stdoutBytes < 3_000 * 1_000, "the report took \(run.stdoutBytes) bytes")
        // The run keeps the report's first 64 KB: the findings on the line's first hundred scopes or so.
        let after = run.stdout.components(separatedBy: "`scope60` is not").dropFirst().first ?? ""
        let quote = after.split(separator: "\n").dropFirst().prefix(2).map(String.init)
        #expect(quote.count == 2 && quote[0].contains(" | …") && quote[0].hasSuffix("…"), "\(quote)")
        if quote.count == 2 {
            let shown = Array(quote[0].unicodeScalars), caret = Array(quote[1].unicodeScalars)
            let marked = String(String.UnicodeScalarView(caret.indices.filter { caret[$0] == "^" && $0 < shown.count }.map { shown[$0] }))
            #expect(marked == "scope60", "the caret is under the finding: \(quote)")
        }
        print("hostile input scopes.cyclr.yaml: \(run.summary.prefix { $0 != "\n" }), \(run.stdoutBytes) bytes of report")
        // reviewdog's byte columns, counted on the kept line once rather than from its start for each finding.
        let rdjsonl = try BoundedRun.run(["--format", "rdjsonl", "scopes.cyclr.yaml"], in: folder, stdinFile: "/dev/null")
        #expect(!rdjsonl.timedOut && rdjsonl.status == 1 && rdjsonl.cpuSeconds < Self.maxCPUSeconds, "\(rdjsonl.summary)")
        #expect(rdjsonl.stdout.contains(#""message":"`scope0` is not a Salesforce OAuth scope"#))
        print("hostile input scopes.cyclr.yaml as rdjsonl: \(rdjsonl.summary.prefix { $0 != "\n" })")
    }

    /// A mapping that repeats one key 20,000 times: each repeat is reported against the first without searching the
    /// mapping for either (2.4 s in a release build when it did).
    @Test func aKeyRepeatedTwentyThousandTimes() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(("version: 1\n" + String(repeating: "cyclr: {}\n", count: 20_000)).utf8).write(to: folder.appendingPathComponent("repeats.cyclr.yaml"))
        let run = try BoundedRun.run(["repeats.cyclr.yaml"], in: folder, stdinFile: "/dev/null")
        #expect(!run.timedOut && run.status == 1, "\(run.summary)")
        #expect(run.cpuSeconds < Self.maxCPUSeconds && run.peakMegabytes < Self.maxPeakMegabytes, "\(run.summary)")
        #expect(run.stdout.contains("repeats.cyclr.yaml:3:1: error: `cyclr` is repeated; it is already set on line 2 [duplicate-key]"))
        print("hostile input repeats.cyclr.yaml: \(run.summary.prefix { $0 != "\n" })")
    }

    /// 30,000 findings, each under its own `disable-next-line` comment: each finding looks up the comments on its line
    /// instead of trying all of them.
    @Test func thirtyThousandSuppressedFindings() throws {
        let items = (0..<30_000).map { "        # connectlint-disable-next-line unknown-scope\n        - scope\($0)\n" }
        try lint("suppressed.cyclr.yaml", exit: 1, mentioning: ["30000 suppressed"],
                 write: Self.writeText(Self.setup(scopes: "\n        - full\n        - refresh_token\n" + items.joined())))
    }

    @Test func utf16WithAByteOrderMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Self.setupWithFinding.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try lint("utf16.cyclr.yaml", exit: 1, mentioning: ["utf16.cyclr.yaml:1:10", "[unsupported-version]", " 1 | version: 2\n"],
                 write: Self.writeBytes(bytes))
    }

    @Test func onlyAByteOrderMark() throws {
        try lint("bom.cyclr.yaml", exit: 1, mentioning: ["bom.cyclr.yaml:1:1", "[empty-setup]"], write: Self.writeBytes([0xEF, 0xBB, 0xBF]))
    }

    @Test func nulBytes() throws {
        try lint("nul.cyclr.yaml", exit: 1, mentioning: ["nul.cyclr.yaml:2:1", "control characters are not allowed", "[yaml-syntax]"],
                 write: Self.writeBytes(Array("version: 1\n".utf8) + [0, 0] + Array("cyclr: {}\n".utf8)))
    }

    @Test func crlfLineEnds() throws {
        let text = (Self.setupWithFinding + "  bogus: 1\n").replacingOccurrences(of: "\n", with: "\r\n")
        try lint("crlf.cyclr.yaml", exit: 1, mentioning: ["crlf.cyclr.yaml:1:10", "crlf.cyclr.yaml:4:3", " 4 |   bogus: 1\n"],
                 write: Self.writeText(text))
    }

    @Test func randomBinary() throws {
        var generator = SplitMix64(seed: 7)
        let bytes = (0..<(1 << 20)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        try lint("random.cyclr.yaml", exit: 1, mentioning: ["random.cyclr.yaml:1:", "[yaml-syntax]"], write: Self.writeBytes(bytes))
    }

    @Test func folderWithASymlinkLoopAndAFIFO() throws {
        try lint("tree", arguments: ["tree"], exit: 1, mentioning: ["tree/sub/a.cyclr.yaml:1:10", "in 1 file"]) { tree in
            let sub = tree.appendingPathComponent("sub")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data(Self.setupWithFinding.utf8).write(to: sub.appendingPathComponent("a.cyclr.yaml"))
            try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("self.cyclr.yaml").path,
                                                       withDestinationPath: "self.cyclr.yaml")
            #expect(mkfifo(tree.appendingPathComponent("pipe.cyclr.yaml").path, 0o644) == 0)
        }
    }

    @Test func missingPath() throws {
        try lint("unused", arguments: ["no/such/setup.cyclr.yaml"], exit: 2,
                 mentioning: ["connectlint: error: no/such/setup.cyclr.yaml: no such file or directory"], write: { _ in })
    }
}

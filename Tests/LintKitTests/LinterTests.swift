import Foundation
import Testing
@testable import LintKit
import SourceText

@Suite struct LinterTests {
    let linter = Linter(options: LintOptions(rules: []))

    func scratch(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("linter-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func walksOnlySetupFileNamesSkippingHiddenBuildAndNodeModules() throws {
        let root = try scratch([
            "cyclr.yaml": "x", "a/cyclr.yml": "x", "a/b/prod.cyclr.yaml": "x", "a/b/dev.cyclr.yml": "x",
            "a/other.yaml": "x", ".hidden/cyclr.yaml": "x", ".build/cyclr.yaml": "x", "node_modules/p/cyclr.yaml": "x",
        ])
        let found = FileDiscovery.setupFiles(under: root.path).map { String($0.dropFirst(root.path.count + 1)) }
        #expect(found == ["a/b/dev.cyclr.yml", "a/b/prod.cyclr.yaml", "a/cyclr.yml", "cyclr.yaml"])
    }

    @Test func linkedFolderLoopsEnd() throws {
        let root = try scratch(["cyclr.yaml": "x"])
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        #expect(FileDiscovery.setupFiles(under: root.path).count == 1)
    }

    @Test func findingsComeInReportOrderAcrossFiles() throws {
        let root = try scratch(["b.cyclr.yaml": "version: 2\nextra: 1\n", "a.cyclr.yaml": "version: 3\n"])
        let run = try linter.run(paths: [root.path])
        let paths = run.findings.map { URL(fileURLWithPath: $0.path).lastPathComponent }
        #expect(paths.first == "a.cyclr.yaml")
        let inB = run.findings.filter { $0.path.hasSuffix("b.cyclr.yaml") }
        #expect(inB.map(\.range.start.line) == inB.map(\.range.start.line).sorted())
        #expect(run.files.count == 2)
    }

    @Test func explicitFileIsLintedWhateverItsName() throws {
        let root = try scratch(["setup.yaml": "version: 2\n"])
        let run = try linter.run(paths: [root.appendingPathComponent("setup.yaml").path])
        #expect(run.findings.contains { $0.ruleId == "unsupported-version" })
    }

    @Test func missingPathIsAUsageError() {
        #expect(throws: LintUsageError.self) { try linter.run(paths: ["/no/such/place.cyclr.yaml"]) }
    }

    @Test func standardInputIsNamedAsAsked() throws {
        let run = try linter.run(paths: ["-"], standardInputName: "piped.cyclr.yaml") { Array("version: 2\n".utf8) }
        #expect(run.findings.first?.path == "piped.cyclr.yaml")
    }

    @Test func quotedSourceLinesMaskALiteralSecret() throws {
        let text = "version: 1\ncyclr:\n  serviceDomain: a-h.cyclr.com\n  clientSecret: 0123456789abcdef # secret\n  bogus: 1\n"
        let result = linter.lint(.bytes(Array(text.utf8)), path: "s.cyclr.yaml")
        #expect(result.sourceLines.values.allSatisfy { !$0.contains("0123456789abcdef") })
        #expect(SourceLines.mask("  clientSecret: 0123456789abcdef # secret", line: 4, secrets: []) == "  clientSecret: **************** # secret")
        #expect(SourceLines.mask("  clientSecret: ${SECRET}", line: 1, secrets: []) == "  clientSecret: ${SECRET}")
        #expect(SourceLines.mask("  clientSecret: \"é1234\"#x # now", line: 2, secrets: []) == "  clientSecret: ********* # now")
        #expect(SourceLines.mask("  clientsecret: abc", line: 2, secrets: []) == "  clientsecret: abc")
        let ranged = SourceRange(start: SourcePosition(line: 3, column: 10), end: SourcePosition(line: 3, column: 14))
        #expect(SourceLines.mask("  token: äbcd # x", line: 3, secrets: [ranged]) == "  token: **** # x")
        #expect(SourceLines.mask("  token: äbcd # x", line: 4, secrets: [ranged]) == "  token: äbcd # x")
    }

    @Test func emptyAndCommentOnlyFilesAreEmptySetups() {
        for text in ["", "# nothing here\n", "\u{FEFF}"] {
            let result = linter.lint(.bytes(Array(text.utf8)), path: "e.cyclr.yaml")
            #expect(result.findings.map(\.ruleId) == ["empty-setup"], "\(text.debugDescription)")
        }
    }

    @Test func oversizedFileIsAnInputLimitWithoutReadingIt() throws {
        let root = try scratch(["big.cyclr.yaml": String(repeating: "# padding\n", count: 20)])
        let small = Linter(options: LintOptions(limits: ParseLimits(maxFileBytes: 100), rules: []))
        let result = small.lint(.file(root.appendingPathComponent("big.cyclr.yaml").path), path: "big.cyclr.yaml")
        #expect(result.findings.map(\.ruleId) == ["input-limit"])
    }
}

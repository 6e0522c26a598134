import Foundation
import Testing

/// Reading resumes at the next `---` line after a YAML syntax error; through the built binary.
@Suite struct SyntaxRecoveryEndToEndTests {
    /// (ruleId, line) of every finding of `text` linted as one file.
    func findings(_ text: String) throws -> [(rule: String, line: Int)] {
        let project = try ScratchProject(["setup.cyclr.yaml": text])
        defer { project.remove() }
        return SetupText.findings(try project.json(["setup.cyclr.yaml"])).map {
            ($0["ruleId"] as? String ?? "", $0["line"] as? Int ?? 0)
        }
    }

    /// A `%TAG` directive covers only the next document, so `!p!B` and `!p!C` are undefined handles.
    /// Each error is reported once: the restart after `--- !p!B` must not begin at that same line again.
    @Test func anErrorOnADocumentMarkerIsReportedOnce() throws {
        let all = try findings("%TAG !p! tag:x,2011:\n--- !p!A\na: 1\n--- !p!B\nb: 2\n--- !p!C\nc: 3\n")
        #expect(all.filter { $0.rule == "yaml-syntax" }.map(\.line) == [4, 6])
    }

    @Test func theDocumentsAfterAnErrorOnADocumentMarkerAreStillRead() throws {
        let all = try findings("%TAG !p! tag:x,2011:\n--- !p!A\na: 1\n--- !p!B\nb: 2\n---\nc: 3\n")
        #expect(all.filter { $0.rule == "yaml-syntax" }.map(\.line) == [4])
        #expect(all.filter { $0.rule == "unknown-key" }.map(\.line) == [3, 7])
    }
}

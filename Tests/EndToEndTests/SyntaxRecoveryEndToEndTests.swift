import Foundation
import Testing
import TestSupport

/// Reading resumes at the next `---` line after a YAML syntax error; through the built binary.
@Suite struct SyntaxRecoveryEndToEndTests {
    /// (ruleId, line, column) of every finding of `text` linted as one file.
    func findings(_ text: String) throws -> [(rule: String, line: Int, column: Int)] {
        let project = try ScratchProject(["setup.cyclr.yaml": text])
        defer { project.remove() }
        return SetupText.findings(try project.json(["setup.cyclr.yaml"])).map {
            ($0["ruleId"] as? String ?? "", $0["line"] as? Int ?? 0, $0["column"] as? Int ?? 0)
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

    /// A clean setup, one whose flow list is not closed, and one with an unknown key on its line 4.
    static let brokenMiddleDocument = SetupText.clean + "---\nversion: 1\ncyclr:\n  serviceDomain: [acme-h.cyclr.com\n  clientId: x\n---\n"
        + SetupText.unknownKey

    /// libyaml counts a lone CR as a line break, and CRLF as one: the restart after the syntax error
    /// must count the same way, or the third document is lost or its findings land on the wrong line.
    @Test(arguments: ["\r", "\r\n"])
    func restartingCountsLinesAsLibyamlDoes(_ lineEnd: String) throws {
        let withLF = try findings(Self.brokenMiddleDocument)
        #expect(withLF.map(\.rule) == ["yaml-syntax", "unknown-key"])
        #expect(withLF.map(\.line) == [18, 23])
        let other = try findings(Self.brokenMiddleDocument.replacingOccurrences(of: "\n", with: lineEnd))
        #expect(other.map(\.rule) == withLF.map(\.rule))
        #expect(other.map(\.line) == withLF.map(\.line))
        #expect(other.map(\.column) == withLF.map(\.column))
    }
}

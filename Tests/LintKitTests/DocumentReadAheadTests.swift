import Foundation
import Testing
@testable import LintKit
import SourceText
import YAMLSource

/// Reading ahead on a second thread hands over exactly what the reader hands over on the linting thread:
/// the same documents in the same order, the same problems, and the same end.
@Suite struct DocumentReadAheadTests {
    /// What a document is, told without its nodes' identity.
    func summary(_ document: YAMLDocument) -> String {
        "\(document.index) \(document.range) \(document.problem?.message ?? "-") \(document.nodeCount) \(document.scalarRanges.count)"
    }

    func read(_ input: SourceFile, limits: ParseLimits = .standard, ahead: Bool) throws -> ([String], String) {
        var documents: [String] = []
        let read = ahead ? DocumentReadAhead.read : YAMLStreamReader.read
        let problem = try read(input, limits, true) { documents.append(summary($0)) }
        return (documents, problem?.message ?? "read to the end")
    }

    /// Thousands of documents, so that the reader fills its batches and waits for the linter, with broken ones
    /// between them: a syntax error, an undefined alias and a nesting past the limit.
    static let stream: String = (0..<3_000).map { index in
        switch index {
        case 700: return "version: [1, 2\nbroken: x\n"
        case 1_500: return "version: *nowhere\n"
        case 2_200: return String(repeating: "[", count: 120) + String(repeating: "]", count: 120) + "\n"
        default: return "version: 1\ncyclr:\n  serviceDomain: acme\(index)-h.cyclr.com\n  scopes: [full, refresh_token]\n"
        }
    }.joined(separator: "---\n")

    @Test func aLongStreamWithBrokenDocumentsReadsTheSameAhead() throws {
        let input = SourceFile.bytes(Array(Self.stream.utf8))
        let plain = try read(input, ahead: false)
        let ahead = try read(input, ahead: true)
        #expect(plain.0.count > 2_990)
        #expect(plain.0.contains { $0.contains("undefined alias") } && plain.0.contains { $0.contains("nests deeper") })
        #expect(ahead.0 == plain.0)
        #expect(ahead.1 == plain.1)
    }

    @Test func theProblemThatEndsAStreamComesLast() throws {
        let input = SourceFile.bytes(Array(Self.stream.utf8))
        let limits = ParseLimits(maxFileBytes: 64 * 1024)
        let plain = try read(input, limits: limits, ahead: false)
        let ahead = try read(input, limits: limits, ahead: true)
        #expect(plain.1.contains("limit"))
        #expect(ahead.0 == plain.0)
        #expect(ahead.1 == plain.1)
    }

    @Test func anInputThatCannotBeOpenedThrowsOnTheLintingThread() {
        let missing = SourceFile.file("/no/such/folder/stream.cyclr.yaml")
        #expect(throws: (any Error).self) { try read(missing, ahead: true) }
        #expect(throws: (any Error).self) { try read(missing, ahead: false) }
    }
}

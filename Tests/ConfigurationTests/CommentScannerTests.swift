import Foundation
import Testing
import YAMLSource
import SourceText

@Suite struct CommentScannerTests {
    func comments(_ text: String) throws -> [SourceComment] {
        let input = SourceFile.bytes(Array(text.utf8))
        var scanner = CommentScanner(input, marker: "mark")
        try YAMLStreamReader.read(input) { scanner.exclude(scalarRanges: $0.scalarRanges) }
        return scanner.comments(containing: "mark")
    }

    @Test func findsRealCommentsOnly() throws {
        let found = try comments("""
        # mark one
        a: "x # mark quoted"  # mark two
        b: 'y # mark'
        c: z#mark not a comment
        d: |
          # mark in a block
        e: [1, 2] # mark three
        """)
        #expect(found.map(\.text) == [" mark one", " mark two", " mark three"])
        #expect(found.map(\.range.start) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 23), SourcePosition(line: 7, column: 11)])
    }

    @Test func countsColumnsInUnicodeScalarsAndHandlesCRLFAndBOM() throws {
        let found = try comments("\u{FEFF}k: \"é€😀\" # mark\r\nj: 1\r# mark x\n")
        #expect(found.map(\.range.start) == [SourcePosition(line: 1, column: 10), SourcePosition(line: 3, column: 1)])
    }

    @Test func readsUTF16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a: 1 # mark\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var scanner = CommentScanner(.bytes(bytes), marker: "mark")
        try YAMLStreamReader.read(.bytes(bytes)) { scanner.exclude(scalarRanges: $0.scalarRanges) }
        #expect(scanner.comments(containing: "mark").map(\.range.start) == [SourcePosition(line: 1, column: 6)])
    }
}

@Suite struct InputContainsTests {
    @Test(arguments: [262_140, 262_144 - 5, 262_144 - 19, 262_144, 10])
    func findsTheMarkerAcrossChunkSeams(offset: Int) throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "c"), count: 600_000)
        let marker = Array("connectlint-disable".utf8)
        bytes.replaceSubrange(offset..<(offset + marker.count), with: marker)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("contains-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(SourceFile.file(path).contains(marker))
        #expect(SourceFile.bytes(bytes).contains(marker))
        #expect(!SourceFile.file(path).contains(Array("connectlint-disablf".utf8)))
    }
}

@Suite struct LinesContainingTests {
    /// The lines a plain split finds, for comparison.
    static func reference(_ bytes: [UInt8], _ needle: [UInt8]) -> [Int: [UInt8]] {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let text = String(decoding: body, as: UTF8.self)
        var result: [Int: [UInt8]] = [:]
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).enumerated()
        where String(line).utf8.count <= 70_000 && String(line).contains(String(decoding: needle, as: UTF8.self)) {
            result[index + 1] = Array(String(line).utf8)
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 4])
    func matchesAPlainSplitAcrossChunkSeams(seed: UInt64) throws {
        var generator = SeededGenerator(state: seed)
        let pieces: [[UInt8]] = [Array("a: b".utf8), Array("# mark".utf8), [0x0A], [0x0D], [0x0D, 0x0A], Array("xmarkx".utf8), Array(repeating: UInt8(ascii: "z"), count: 50_000)]
        var bytes: [UInt8] = seed == 1 ? [0xEF, 0xBB, 0xBF] : []
        while bytes.count < 700_000 { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
        let needle = Array("mark".utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for input in [SourceFile.file(path), .bytes(bytes)] {
            var found: [Int: [UInt8]] = [:]
            input.forEachLine(containing: needle, maxBytes: 70_000) { found[$0] = $1 }
            #expect(found == Self.reference(bytes, needle))
        }
    }
}

struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}

import Foundation
import Testing
import YAMLSource

@Suite struct CommentScannerTests {
    func comments(_ text: String) throws -> [YAMLComment] {
        let input = YAMLInput.bytes(Array(text.utf8))
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
        #expect(YAMLInput.file(path).contains(marker))
        #expect(YAMLInput.bytes(bytes).contains(marker))
        #expect(!YAMLInput.file(path).contains(Array("connectlint-disablf".utf8)))
    }
}

import Foundation
import SourceText
import Testing

/// `SourceFile.contains(anyOf:)` must find what a plain search of the bytes finds, wherever the needle falls: at the
/// start or end, on the seam between two chunks of a file, or next to near misses that share its rarest byte.
@Suite struct ByteSearchTests {
    static let needles = [Array("connectlint-disable".utf8), Array("metadata".utf8)]

    /// Whether `haystack` holds `needle`, byte by byte.
    static func plainlyContains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func findsWhatAPlainSearchFinds() throws {
        var generator = SystemRandomNumberGenerator()
        // Near misses: each needle's rarest byte (`b`, `m`) with the wrong bytes around it.
        let pieces = ["connectlint-disablx", "onnectlint-disable", "metadatx", "etadata", "b", "m", "d", "-", "\n", "cyclr: x"]
        for round in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            if round % 3 == 0 {
                let needle = String(decoding: Self.needles.randomElement(using: &generator)!, as: UTF8.self)
                let at = text.utf8.count == 0 ? 0 : Int.random(in: 0...text.utf8.count, using: &generator)
                let bytes = Array(text.utf8)
                text = String(decoding: bytes[..<at], as: UTF8.self) + needle + String(decoding: bytes[at...], as: UTF8.self)
            }
            let bytes = Array(text.utf8)
            let expected = Self.needles.contains { Self.plainlyContains(bytes, $0) }
            #expect(SourceFile.bytes(bytes).contains(anyOf: Self.needles) == expected, "\(text)")
        }
    }

    @Test func findsANeedleOnTheSeamOfTwoChunks() throws {
        // Files over 256 KiB are read 256 KiB at a time (`ChunkReader.chunkBytes`).
        let chunk = 256 * 1024
        for needle in Self.needles {
            for split in 0...needle.count {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: chunk - split) + needle
                bytes += [UInt8](repeating: UInt8(ascii: "y"), count: 100)
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("seam-\(UUID().uuidString).yaml").path
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                defer { try? FileManager.default.removeItem(atPath: path) }
                #expect(SourceFile.file(path).contains(anyOf: [needle]), "split \(split)")
                #expect(!SourceFile.file(path).contains(anyOf: [needle + [0x21]]), "split \(split)")
            }
        }
    }
}

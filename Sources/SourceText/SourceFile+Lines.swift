#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SourceFile {
    /// Calls `body` with the number (1-based) and bytes of each line that holds `needle` and is at most
    /// `maxBytes` long, without its line break (LF, CRLF or CR) and without a leading UTF-8 byte order
    /// mark. Lines are found with memchr over the input's chunks, and only matching lines are copied.
    public func forEachLine(containing needle: [UInt8], maxBytes: Int, _ body: (_ number: Int, _ bytes: [UInt8]) -> Void) {
        var number = 1
        var carry: [UInt8] = []
        var carryTooLong = false
        var afterCR = false
        var atStart = true
        func finish(_ segment: UnsafeBufferPointer<UInt8>) {
            if carry.isEmpty && !carryTooLong {
                if segment.count <= maxBytes, Self.find(needle, in: segment) { body(number, Array(segment)) }
            } else {
                carryTooLong = carryTooLong || carry.count + segment.count > maxBytes
                if !carryTooLong {
                    carry.append(contentsOf: segment)
                    if carry.withUnsafeBufferPointer({ Self.find(needle, in: $0) }) { body(number, carry) }
                }
            }
            carry.removeAll(keepingCapacity: true)
            carryTooLong = false
            number += 1
        }
        forEachChunk { chunk in
            guard let base = chunk.baseAddress, chunk.count > 0 else { return true }
            var index = 0
            if atStart {
                atStart = false
                if chunk.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { index = 3 }
            }
            if afterCR, base[index] == 0x0A { index += 1 }
            afterCR = false
            while index < chunk.count {
                let lineFeed = memchr(base + index, 0x0A, chunk.count - index).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? chunk.count
                let end = memchr(base + index, 0x0D, lineFeed - index).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? lineFeed
                let segment = UnsafeBufferPointer(start: base + index, count: end - index)
                guard end < chunk.count else {
                    carryTooLong = carryTooLong || carry.count + segment.count > maxBytes
                    if !carryTooLong { carry.append(contentsOf: segment) }
                    break
                }
                finish(segment)
                index = end + 1
                if base[end] == 0x0D {
                    if index == chunk.count { afterCR = true } else if base[index] == 0x0A { index += 1 }
                }
            }
            return true
        }
        if !carry.isEmpty || carryTooLong { finish(UnsafeBufferPointer(start: nil, count: 0)) }
    }

    /// Whether the bytes hold `needle` anywhere: memmem over each chunk, and over the seam between chunks.
    public func contains(_ needle: [UInt8]) -> Bool { contains(anyOf: [needle]) }

    /// Whether the bytes hold any of `needles`, in one pass over the input.
    public func contains(anyOf needles: [[UInt8]]) -> Bool {
        guard !needles.contains(where: \.isEmpty) else { return true }
        guard let longest = needles.map(\.count).max() else { return false }
        var found = false
        var tail: [UInt8] = []
        forEachChunk { chunk in
            guard let base = chunk.baseAddress, chunk.count > 0 else { return true }
            let seam = tail + UnsafeBufferPointer(start: base, count: min(chunk.count, longest - 1))
            found = needles.contains { needle in seam.withUnsafeBufferPointer { Self.find(needle, in: $0) } || Self.find(needle, in: chunk) }
            tail = chunk.count >= longest - 1 ? Array(chunk.suffix(longest - 1)) : Array((tail + chunk).suffix(longest - 1))
            return !found
        }
        return found
    }

    /// memchr for the needle's rarest byte, memcmp for the whole needle around each (Glibc's memmem is not visible to
    /// Swift). Anchored on its first byte, `connectlint-disable` stopped at every `c` of a setup.
    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let anchor = needle.indices.max { rarity(needle[$0]) < rarity(needle[$1]) } ?? 0
        var from = anchor
        let lastAnchor = haystack.count - needle.count + anchor
        while from <= lastAnchor, let hit = memchr(base + from, Int32(needle[anchor]), lastAnchor - from + 1) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at - anchor, needle, needle.count) == 0 { return true }
            from = at + 1
        }
        return false
    }

    /// How rarely a byte occurs in text, roughly (higher is rarer): letters by their frequency in English, white
    /// space, digits and YAML's own punctuation as common, other bytes as rare.
    private static func rarity(_ byte: UInt8) -> Int {
        let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        if let rank = Self.lettersByFrequency.firstIndex(of: lowered) { return rank }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Self.commonPunctuation.contains(byte) { return 0 }
        return Self.lettersByFrequency.count
    }

    private static let lettersByFrequency = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
    private static let commonPunctuation = Array(" \n\r\t-:.,/#_'\"".utf8)

    /// The text of input that starts with a UTF-16 byte order mark (libyaml reads UTF-16 too); nil otherwise.
    public static func utf16Text(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { littleEndian = true }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { littleEndian = false }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                      : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

extension SourceFile {
    /// Whether the input starts with a UTF-16 byte order mark (either byte order).
    public var startsWithUTF16Mark: Bool {
        var head: [UInt8] = []
        forEachByte { head.append($0); return head.count < 2 }
        return head == [0xFF, 0xFE] || head == [0xFE, 0xFF]
    }
}

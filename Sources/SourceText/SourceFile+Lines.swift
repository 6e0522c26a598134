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
        let search = NeedleSearch(needle)
        var afterCR = false
        var atStart = true
        func finish(_ segment: UnsafeBufferPointer<UInt8>) {
            if carry.isEmpty && !carryTooLong {
                if segment.count <= maxBytes, search.occurs(in: segment) { body(number, Array(segment)) }
            } else {
                carryTooLong = carryTooLong || carry.count + segment.count > maxBytes
                if !carryTooLong {
                    carry.append(contentsOf: segment)
                    if carry.withUnsafeBufferPointer({ search.occurs(in: $0) }) { body(number, carry) }
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

    /// Whether the bytes hold any of `needles`, in one pass over the input (an input read whole is searched at once).
    public func contains(anyOf needles: [[UInt8]]) -> Bool {
        guard !needles.contains(where: { $0.isEmpty }) else { return true }
        let searches = needles.map(NeedleSearch.init)
        if case .bytes(let bytes) = self {
            return bytes.withUnsafeBufferPointer { whole in searches.contains { $0.occurs(in: whole) } }
        }
        guard let longest = needles.lazy.map({ $0.count }).max() else { return false }
        var found = false
        var tail: [UInt8] = []
        forEachChunk { chunk in
            guard let base = chunk.baseAddress, chunk.count > 0 else { return true }
            let seam = tail + UnsafeBufferPointer(start: base, count: min(chunk.count, longest - 1))
            found = searches.contains { search in seam.withUnsafeBufferPointer { search.occurs(in: $0) } || search.occurs(in: chunk) }
            tail = chunk.count >= longest - 1 ? Array(chunk.suffix(longest - 1)) : Array((tail + chunk).suffix(longest - 1))
            return !found
        }
        return found
    }

    /// A needle with the place of its rarest byte, told once: memchr finds that byte, memcmp the whole needle around each
    /// (Glibc's memmem is not visible to Swift). Anchored on its first byte, `connectlint-disable` stopped at every `c`
    /// of a setup.
    private struct NeedleSearch {
        let needle: [UInt8]
        let anchor: Int

        init(_ needle: [UInt8]) {
            self.needle = needle
            anchor = needle.indices.max { SourceFile.rarity(needle[$0]) < SourceFile.rarity(needle[$1]) } ?? 0
        }

        func occurs(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
            var from = anchor
            let lastAnchor = haystack.count - needle.count + anchor
            while from <= lastAnchor, let hit = memchr(base + from, Int32(needle[anchor]), lastAnchor - from + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at - anchor, needle, needle.count) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }

    /// How rarely a byte occurs in text, roughly (higher is rarer): letters by their frequency in English, white
    /// space, digits and YAML's own punctuation as common, other bytes as rare.
    private static func rarity(_ byte: UInt8) -> Int {
        let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowered) { return Self.letterRanks[Int(lowered - UInt8(ascii: "a"))] }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Self.commonPunctuation.contains(byte) { return 0 }
        return Self.letterRanks.count
    }

    /// Each letter's place in `etaoinsrhldcumfpgwybvkxjqz`, the letters by their frequency in English, from `a` to `z`.
    private static let letterRanks: [Int] = {
        var ranks = [Int](repeating: 0, count: 26)
        for (rank, letter) in "etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() { ranks[Int(letter - UInt8(ascii: "a"))] = rank }
        return ranks
    }()
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

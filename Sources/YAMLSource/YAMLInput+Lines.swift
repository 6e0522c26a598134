#if canImport(Glibc)
import Glibc
#endif

extension YAMLInput {
    /// Calls `body` with each line's number (1-based) and bytes, without the line break (LF, CRLF or CR)
    /// and without a leading UTF-8 byte order mark, until it returns false. Only lines `keeping` wants
    /// get their bytes (others get none), cut at `maxBytes`; the flag says whether the line was cut.
    public func forEachLine(maxBytes: Int, keeping wanted: (Int) -> Bool = { _ in true },
                            _ body: (_ number: Int, _ bytes: [UInt8], _ cut: Bool) -> Bool) {
        var number = 1
        var current: [UInt8] = []
        var cut = false
        var keep = wanted(1)
        var previousWasCR = false
        var offset = 0
        var going = true
        func finishLine() {
            going = body(number, current, cut)
            current.removeAll(keepingCapacity: true)
            cut = false
            number += 1
            keep = wanted(number)
        }
        forEachByte { byte in
            defer { offset += 1 }
            if offset < 3 && byte == [0xEF, 0xBB, 0xBF][offset] && current.count == offset && number == 1 {
                current.append(byte)
                if offset == 2 { current.removeAll() }
                return true
            }
            if byte == 0x0A {
                if previousWasCR { previousWasCR = false; return true }
                finishLine()
            } else if byte == 0x0D {
                finishLine()
                previousWasCR = true
            } else {
                previousWasCR = false
                if keep { if current.count < maxBytes { current.append(byte) } else { cut = true } }
            }
            return going
        }
        if going { finishLine() }
    }

    /// Whether the bytes hold `needle` anywhere: memmem over each chunk, and over the seam between chunks.
    public func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var found = false
        var tail: [UInt8] = []
        forEachChunk { chunk in
            guard let base = chunk.baseAddress, chunk.count > 0 else { return true }
            let seam = tail + UnsafeBufferPointer(start: base, count: min(chunk.count, needle.count - 1))
            found = seam.withUnsafeBufferPointer { Self.find(needle, in: $0) } || Self.find(needle, in: chunk)
            tail = chunk.count >= needle.count - 1 ? Array(chunk.suffix(needle.count - 1)) : Array((tail + chunk).suffix(needle.count - 1))
            return !found
        }
        return found
    }

    /// memchr for the first byte, memcmp for the rest (Glibc's memmem is not visible to Swift).
    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        var from = 0
        let lastStart = haystack.count - needle.count
        while from <= lastStart, let hit = memchr(base + from, Int32(needle[0]), lastStart - from + 1) {
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + start, needle, needle.count) == 0 { return true }
            from = start + 1
        }
        return false
    }

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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps report text readable when a message quotes a hostile value (a 50 MB key, say):
/// each `quoted` part longer than `maxQuoted` bytes is shortened in the middle, and the whole
/// text is capped at `maxTotal` bytes. Works on UTF-8 bytes with memchr, so it stays fast.
enum BoundedText {
    static let maxQuoted = 120
    static let maxTotal = 2_000

    static func bounded(_ text: String) -> String {
        guard text.utf8.count > maxQuoted else { return text }
        var text = text
        var result = text.withUTF8 { bytes in
            let parts = backtickSeparated(bytes)
            // Most long texts are long help, with nothing quoted at length: left as they are.
            if bytes.count <= maxTotal, !parts.indices.contains(where: { $0 % 2 == 1 && parts[$0].count > maxQuoted }) {
                return String(decoding: bytes, as: UTF8.self)
            }
            var bounded = ""
            for (index, range) in parts.enumerated() {
                if index > 0 { bounded += "`" }
                bounded += elided(UnsafeBufferPointer(rebasing: bytes[range]), keeping: index % 2 == 1 ? maxQuoted : Int.max)
            }
            return bounded
        }
        if result.utf8.count > maxTotal {
            result = result.withUTF8 { elided($0, keeping: maxTotal) }
        }
        return result
    }

    private static func backtickSeparated(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [0..<0] }
        var ranges: [Range<Int>] = []
        var start = 0
        while let hit = memchr(base + start, 0x60, bytes.count - start) {
            let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }

    /// The first three quarters and the last quarter of `limit` bytes, cut at scalar boundaries.
    private static func elided(_ bytes: UnsafeBufferPointer<UInt8>, keeping limit: Int) -> String {
        guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
        func isContinuation(_ index: Int) -> Bool { index < bytes.count && bytes[index] & 0xC0 == 0x80 }
        var headEnd = limit * 3 / 4
        while headEnd > 0 && isContinuation(headEnd) { headEnd -= 1 }
        var tailStart = bytes.count - (limit - limit * 3 / 4 - 1)
        while isContinuation(tailStart) { tailStart += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<headEnd]), as: UTF8.self) + "…"
            + String(decoding: UnsafeBufferPointer(rebasing: bytes[tailStart...]), as: UTF8.self)
    }
}

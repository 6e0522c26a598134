#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SourceText

/// The texts of a document's scalars: their bytes one after another, made into a `String` only when a reader asks for
/// one. A long text (over `longBytes`) is kept as the `String` it is read as instead: whoever reads it wants it whole,
/// and making it anew for each reader would hold several copies of megabytes at once.
struct ScalarTexts: Sendable {
    static let longBytes = 4096

    private var bytes: [UInt8] = []
    private var long: [String] = []

    var byteCount: Int { bytes.count }

    mutating func reserve(bytes count: Int) { bytes.reserveCapacity(count) }

    /// Where the text went: the `payload` of its record, in `long` or in `bytes`.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>) -> (payload: Int, isLong: Bool) {
        if text.count > Self.longBytes {
            long.append(String(decoding: text, as: UTF8.self))
            return (long.count - 1, true)
        }
        bytes.append(contentsOf: text)
        return (bytes.count - text.count, false)
    }

    func text(of record: YAMLTree.Record) -> String {
        if record.isLong { return long[record.payload] }
        return withBytes(of: record) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the record's text is `other`, compared as `String`s compare, without making a `String` of a short text.
    @inline(__always)
    func text(of record: YAMLTree.Record, is other: String) -> Bool {
        if record.isLong { return long[record.payload] == other }
        var other = other
        return other.withUTF8 { wanted in
            withBytes(of: record) { Self.same($0, record.isASCII, wanted, wanted.isAllASCII) }
        }
    }

    /// Whether the record holds the empty text, `~`, `null`, `Null` or `NULL`, by its bytes: no other text is the same as one of them
    /// when compared as `String`s compare (none of their characters has another canonically equivalent spelling).
    func isNullSpelling(_ record: YAMLTree.Record) -> Bool {
        guard !record.isLong, record.count <= 4 else { return false }
        return withBytes(of: record) { text in
            switch text.count {
            case 0: return true
            case 1: return text[0] == UInt8(ascii: "~")
            case 4:
                let first = text[0], rest = (text[1], text[2], text[3])
                return (first == UInt8(ascii: "n") || first == UInt8(ascii: "N")) && (rest == (0x75, 0x6C, 0x6C) || (first == UInt8(ascii: "N") && rest == (0x55, 0x4C, 0x4C)))
            default: return false
            }
        }
    }

    /// Whether two records hold the same text, compared as `String`s compare.
    func sameText(_ first: YAMLTree.Record, _ second: YAMLTree.Record) -> Bool {
        // Most keys of a mapping differ in length: told before their bytes are looked at.
        if first.isASCII && second.isASCII && first.count != second.count { return false }
        if first.isLong || second.isLong { return text(of: first) == text(of: second) }
        return withBytes(of: first) { one in
            withBytes(of: second) { other in Self.same(one, first.isASCII, other, second.isASCII) }
        }
    }

    @inline(__always)
    private func withBytes<Result>(of record: YAMLTree.Record, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[record.payload..<(record.payload + record.count)])) }
    }

    /// Equal bytes are equal texts, and different ASCII bytes are different texts; anything else is left to `String`,
    /// which compares canonical equivalents (`K`, KELVIN SIGN, is `K`) as equal.
    @inline(__always)
    private static func same(_ one: UnsafeBufferPointer<UInt8>, _ oneIsASCII: Bool,
                             _ other: UnsafeBufferPointer<UInt8>, _ otherIsASCII: @autoclosure () -> Bool) -> Bool {
        if one.count == other.count, one.count == 0 || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0 { return true }
        if oneIsASCII && otherIsASCII() { return false }
        return String(decoding: one, as: UTF8.self) == String(decoding: other, as: UTF8.self)
    }
}

extension UInt8 {
    /// A printable ASCII character other than the space: a character that begins, or ends, with one is not white space.
    @inlinable public var isVisibleASCII: Bool { (0x21...0x7E).contains(self) }
}

extension StringProtocol {
    /// Empty or only white space, told by the first byte for most texts. Inlinable, so that other modules get it
    /// compiled for their string type rather than run as generic code.
    @inlinable public var isAllWhitespace: Bool {
        if let first = utf8.first, first.isVisibleASCII { return false }
        return allSatisfy(\.isWhitespace)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Only ASCII, looked at eight bytes at a time: a document's every scalar is asked once. Inlinable, so that the
    /// reader of every scalar gets it compiled in place rather than called across modules.
    @inlinable public var isAllASCII: Bool {
        guard let base = UnsafeRawPointer(baseAddress) else { return true }
        var offset = 0
        while offset + 8 <= count {
            if base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < count {
            if self[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }
}

extension String {
    /// Only ASCII: then a search by byte finds what a search by character finds, many times faster.
    /// Read in one pass over the string's storage.
    public var isAllASCII: Bool { utf8.withContiguousStorageIfAvailable { $0.isAllASCII } ?? utf8.allSatisfy { $0 < 0x80 } }

    /// `body` with the bytes of the path's last `/`-separated component when that name is ASCII, as nearly every file
    /// name is; nil for any other, which only its characters can tell about. Inlinable, so that each caller gets it
    /// compiled for its own result rather than run as generic code.
    @inlinable public func withASCIIFileName<Result>(_ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Result) -> Result? {
        utf8.withContiguousStorageIfAvailable { bytes -> Result? in
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard UnsafeBufferPointer(rebasing: bytes[start...]).isAllASCII else { return nil }
            return body(bytes[start...])
        } ?? nil
    }

    /// Only visible ASCII (no space, no control character).
    public var isAllVisibleASCII: Bool { allBytes(\.isVisibleASCII) }

    private func allBytes(_ predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) } ?? utf8.allSatisfy(predicate)
    }
}

extension String {
    /// Whether `lowercased()` of both is the same text, told byte by byte without making either when both are ASCII.
    public func equalsLowercased(_ other: String) -> Bool {
        var one = self, two = other
        let compared: Bool? = one.withUTF8 { first in
            two.withUTF8 { second in
                guard first.isAllASCII, second.isAllASCII else { return nil }
                guard first.count == second.count else { return false }
                return zip(first, second).allSatisfy { Self.lowercasedASCII($0) == Self.lowercasedASCII($1) }
            }
        }
        return compared ?? (lowercased() == other.lowercased())
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}

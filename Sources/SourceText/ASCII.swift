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

extension String {
    /// Only ASCII: then a search by byte finds what a search by character finds, many times faster.
    /// Read in one pass over the string's storage.
    public var isAllASCII: Bool { allBytes { $0 < 0x80 } }

    /// Only visible ASCII (no space, no control character).
    public var isAllVisibleASCII: Bool { allBytes(\.isVisibleASCII) }

    private func allBytes(_ predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) } ?? utf8.allSatisfy(predicate)
    }
}

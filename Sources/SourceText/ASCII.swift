extension UInt8 {
    /// A printable ASCII character other than the space: a character that begins, or ends, with one is not white space.
    public var isVisibleASCII: Bool { (0x21...0x7E).contains(self) }
}

extension StringProtocol {
    /// Empty or only white space, told by the first byte for most texts.
    public var isAllWhitespace: Bool {
        if let first = utf8.first, first.isVisibleASCII { return false }
        return allSatisfy(\.isWhitespace)
    }
}

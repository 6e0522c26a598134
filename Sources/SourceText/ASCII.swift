extension UInt8 {
    /// A printable ASCII character other than the space: a character that begins, or ends, with one is not white space.
    public var isVisibleASCII: Bool { (0x21...0x7E).contains(self) }
}

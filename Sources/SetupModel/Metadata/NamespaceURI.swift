/// A namespace name read as an RFC 3986 URI reference the way libxml2 2.9 reads it (`xmlParseURI`):
/// it reports a name that is no URI, and a default namespace that is a relative reference.
enum NamespaceURI {
    enum Kind { case absolute, relative, invalid }

    static func kind(of text: String) -> Kind {
        let bytes = Array(text.utf8)
        var absolute = Reader(bytes: bytes)
        if absolute.absoluteURI() { return .absolute }
        var relative = Reader(bytes: bytes)
        return relative.relativeReference() ? .relative : .invalid
    }

    /// Each rule moves past what it reads and says whether it matched; 0 stands for the end.
    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        private func byte(_ offset: Int = 0) -> UInt8 { at + offset < bytes.count ? bytes[at + offset] : 0 }
        private var atEnd: Bool { at >= bytes.count }

        private func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        private func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        private func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }
        private func isSubDelimiter(_ byte: UInt8) -> Bool { Array("!$&'()*+,;=".utf8).contains(byte) }
        private func isUnreserved(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) || Array("-._~".utf8).contains(byte) }
        private var isPercentEncoded: Bool { byte() == UInt8(ascii: "%") && isHex(byte(1)) && isHex(byte(2)) }
        private var isRegularName: Bool { isUnreserved(byte()) || isPercentEncoded || isSubDelimiter(byte()) }
        private var isPathCharacter: Bool { isRegularName || byte() == UInt8(ascii: ":") || byte() == UInt8(ascii: "@") }

        private func isByte(_ character: Unicode.Scalar) -> Bool { byte() == UInt8(ascii: character) }

        private mutating func next() { at += isPercentEncoded ? 3 : 1 }

        mutating func absoluteURI() -> Bool {
            guard isAlpha(byte()) else { return false }
            at += 1
            while isAlpha(byte()) || isDigit(byte()) || isByte("+") || isByte("-") || isByte(".") { at += 1 }
            guard isByte(":") else { return false }
            at += 1
            return hierarchy(firstSegmentForbidding: nil) && queryAndFragment()
        }

        mutating func relativeReference() -> Bool {
            hierarchy(firstSegmentForbidding: UInt8(ascii: ":")) && queryAndFragment()
        }

        /// `"//" authority path-abempty`, an absolute path, a path (whose first segment, in a relative
        /// reference, holds no `:`), or nothing.
        private mutating func hierarchy(firstSegmentForbidding forbidden: UInt8?) -> Bool {
            if isByte("/") && byte(1) == UInt8(ascii: "/") {
                at += 2
                guard authority() else { return false }
                pathAbsoluteOrEmpty()
            } else if isByte("/") {
                pathAbsolute()
            } else if isPathCharacter {
                guard segment(forbidding: forbidden, allowEmpty: false) else { return false }
                pathAbsoluteOrEmpty()
            }
            return true
        }

        /// `[ "?" query ] [ "#" fragment ]` and then the end (libxml2 lets `[` `]` into a fragment).
        private mutating func queryAndFragment() -> Bool {
            if isByte("?") {
                at += 1
                while isPathCharacter || isByte("/") || isByte("?") { next() }
            }
            if isByte("#") {
                at += 1
                while isPathCharacter || isByte("/") || isByte("?") || isByte("[") || isByte("]") { next() }
            }
            return atEnd
        }

        /// `[ userinfo "@" ] host [ ":" port ]`; libxml2 does not look inside `[…]`, and needs a digit after `:`.
        private mutating func authority() -> Bool {
            let start = at
            while isUnreserved(byte()) || isPercentEncoded || isSubDelimiter(byte()) || isByte(":") { next() }
            if isByte("@") { at += 1 } else { at = start }
            if isByte("[") {
                while !atEnd && !isByte("]") { at += 1 }
                guard isByte("]") else { return false }
                at += 1
            } else {
                while isRegularName { next() }
            }
            if isByte(":") {
                at += 1
                guard isDigit(byte()) else { return false }
                while isDigit(byte()) { at += 1 }
            }
            return true
        }

        private mutating func segment(forbidding forbidden: UInt8?, allowEmpty: Bool) -> Bool {
            guard isPathCharacter else { return allowEmpty }
            while isPathCharacter && byte() != forbidden { next() }
            return true
        }

        private mutating func pathAbsoluteOrEmpty() {
            while isByte("/") {
                at += 1
                _ = segment(forbidding: nil, allowEmpty: true)
            }
        }

        /// `"/" [ segment-nz *( "/" segment ) ]`.
        private mutating func pathAbsolute() {
            at += 1
            if segment(forbidding: nil, allowEmpty: false) { pathAbsoluteOrEmpty() }
        }
    }
}

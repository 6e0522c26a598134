import SourceText

/// A URL taken apart leniently, so that even a wrong one can be compared part by part:
/// `scheme://host:port/path?query#fragment`, with every part as written.
struct URLParts: Equatable {
    /// Nil when the text has no `scheme:`.
    var scheme: String?
    /// True when the scheme is followed by `//` (an authority), as in `https://`.
    var hasAuthority: Bool
    var host: String
    var port: String?
    var path: String
    var query: String?
    var fragment: String?

    init(_ text: String) {
        // ASCII text is split by byte over its storage: the same parts (a character there is one byte, or a CR LF,
        // which is no delimiter), many times faster than by character.
        if text.isAllASCII, let parts = text.utf8.withContiguousStorageIfAvailable({ bytes in
            URLParts(URLBounds(splitting: bytes)) { String(decoding: $0, as: UTF8.self) }
        }) {
            self = parts
        } else {
            self.init(URLBounds(splitting: text)) { String($0) }
        }
    }

    private init<Part>(_ bounds: URLBounds<Part>, string: (Part) -> String) {
        scheme = bounds.scheme.map(string)
        hasAuthority = bounds.hasAuthority
        host = bounds.host.map(string) ?? ""
        port = bounds.port.map(string)
        path = string(bounds.path)
        query = bounds.query.map(string)
        fragment = bounds.fragment.map(string)
    }

    /// `URLParts(text).host`, without making strings of the other parts (several rules want only the host).
    static func host(of text: String) -> String {
        if text.isAllASCII, let host = text.utf8.withContiguousStorageIfAvailable({ bytes in
            URLBounds(splitting: bytes).host.map { String(decoding: $0, as: UTF8.self) } ?? ""
        }) {
            return host
        }
        return URLBounds(splitting: text).host.map { String($0) } ?? ""
    }

    /// Calls `body` with the bytes of the host of the URL `text` when they are already its normalized host, and
    /// `text` needs no trimming: ASCII text starting and ending with a visible character, a host of visible ASCII
    /// with no capital letter and no IPv6 brackets. Nil otherwise, without calling `body`.
    static func withPlainHost<Result>(of text: String, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Result) -> Result? {
        guard text.isAllASCII, let first = text.utf8.first, let last = text.utf8.last, first.isVisibleASCII, last.isVisibleASCII else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Result? in
            let host = URLBounds(splitting: bytes).host ?? bytes[0..<0]
            guard host.first != UInt8(ascii: "["),
                  host.allSatisfy({ $0.isVisibleASCII && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return nil }
            return body(host)
        } ?? nil
    }

    /// `URLParts(text).normalizedHost`, without making strings of the other parts.
    static func normalizedHost(of text: String) -> String { normalized(host(of: text)) }

    /// The host in lower case, without the brackets of an IPv6 literal.
    var normalizedHost: String { Self.normalized(host) }

    private static func normalized(_ host: String) -> String {
        var text = host.lowercasedUnlessLowerASCII
        if text.utf8.first == UInt8(ascii: "["), text.hasPrefix("["), text.endsWith("]") { text = String(text.dropFirst().dropLast()) }
        return text
    }

    /// Whether the URL `text` names this machine.
    static func isLoopback(_ text: String) -> Bool { ["localhost", "127.0.0.1", "::1"].contains(normalizedHost(of: text)) }
}

/// Where each part of a URL lies in its text; `host` is nil without an authority.
private struct URLBounds<Part> {
    var scheme: Part?
    var hasAuthority = true
    var host: Part?
    var port: Part?
    var path: Part
    var query: Part?
    var fragment: Part?
}

extension URLBounds {
    init<Text: BidirectionalCollection>(splitting text: Text) where Text.Element: URLCharacter, Part == Text.SubSequence {
        func first(_ delimiter: UInt8, in part: Text.SubSequence) -> Text.Index? { part.firstIndex { $0.asciiByte == delimiter } }
        func last(_ delimiter: UInt8, in part: Text.SubSequence) -> Text.Index? { part.lastIndex { $0.asciiByte == delimiter } }
        func startsWithTwoSlashes(_ part: Text.SubSequence) -> Bool {
            part.prefix(2).count == 2 && part.prefix(2).allSatisfy { $0.asciiByte == UInt8(ascii: "/") }
        }
        var rest = text[...]
        var scheme: Part?, hasAuthority = true, query: Part?, fragment: Part?
        if let colon = first(UInt8(ascii: ":"), in: rest), Self.isScheme(rest[..<colon]) {
            let afterColon = rest[rest.index(after: colon)...]
            // `host:443/...` has digits after its colon: that is a port, not a scheme.
            if startsWithTwoSlashes(afterColon) || !(afterColon.first?.isNumber ?? true) {
                scheme = rest[..<colon]
                hasAuthority = startsWithTwoSlashes(afterColon)
                rest = hasAuthority ? afterColon.dropFirst(2) : afterColon
            }
        }
        if let hash = first(UInt8(ascii: "#"), in: rest) {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let mark = first(UInt8(ascii: "?"), in: rest) {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard hasAuthority else {
            self.init(scheme: scheme, hasAuthority: false, path: rest, query: query, fragment: fragment)
            return
        }
        let authorityEnd = first(UInt8(ascii: "/"), in: rest) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var hostPart = authority, port: Part?
        if let at = last(UInt8(ascii: "@"), in: authority) { hostPart = authority[authority.index(after: at)...] }
        let portSearchStart = hostPart.first?.asciiByte == UInt8(ascii: "[")
            ? (first(UInt8(ascii: "]"), in: hostPart) ?? hostPart.startIndex) : hostPart.startIndex
        if let colon = last(UInt8(ascii: ":"), in: hostPart[portSearchStart...]) {
            port = hostPart[hostPart.index(after: colon)...]
            hostPart = hostPart[..<colon]
        }
        self.init(scheme: scheme, hasAuthority: true, host: hostPart, port: port, path: rest[authorityEnd...], query: query, fragment: fragment)
    }

    /// `[A-Za-z][A-Za-z0-9+.-]*`, RFC 3986's scheme.
    private static func isScheme<Name: Collection>(_ text: Name) -> Bool where Name.Element: URLCharacter {
        guard let first = text.first?.asciiByte, first.isASCIILetter else { return false }
        return text.allSatisfy { character in
            guard let byte = character.asciiByte else { return false }
            return byte.isASCIILetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "+.-".utf8.contains(byte)
        }
    }
}

/// What splitting a URL asks of its characters: a byte of ASCII text, or a character of any other.
private protocol URLCharacter {
    /// The character's byte when it is a single ASCII one (a CR LF is not).
    var asciiByte: UInt8? { get }
    var isNumber: Bool { get }
}

extension UInt8: URLCharacter {
    fileprivate var asciiByte: UInt8? { self < 0x80 ? self : nil }
    fileprivate var isNumber: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isASCIILetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) }
}

extension Character: URLCharacter {
    fileprivate var asciiByte: UInt8? { utf8.count == 1 ? utf8.first : nil }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

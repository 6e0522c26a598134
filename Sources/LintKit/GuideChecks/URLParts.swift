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
        let find = DelimiterSearch(in: text)
        var rest = Substring(text)
        scheme = nil
        hasAuthority = true
        if let colon = find.first(":", in: rest), Self.isScheme(rest[..<colon]) {
            let afterColon = rest[rest.index(after: colon)...]
            // `host:443/...` has digits after its colon: that is a port, not a scheme.
            if afterColon.hasPrefix("//") || !(afterColon.first?.isNumber ?? true) {
                scheme = String(rest[..<colon])
                hasAuthority = afterColon.hasPrefix("//")
                rest = hasAuthority ? afterColon.dropFirst(2) : afterColon
            }
        }
        if let hash = find.first("#", in: rest) {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let mark = find.first("?", in: rest) {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        guard hasAuthority else {
            host = ""
            path = String(rest)
            return
        }
        let authorityEnd = find.first("/", in: rest) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        path = String(rest[authorityEnd...])
        var hostPart = authority
        if let at = find.last("@", in: authority) { hostPart = authority[authority.index(after: at)...] }
        let portSearchStart = hostPart.hasPrefix("[") ? (find.first("]", in: hostPart) ?? hostPart.startIndex) : hostPart.startIndex
        if let colon = find.last(":", in: hostPart[portSearchStart...]) {
            port = String(hostPart[hostPart.index(after: colon)...])
            hostPart = hostPart[..<colon]
        }
        host = String(hostPart)
    }

    /// The host in lower case, without the brackets of an IPv6 literal.
    var normalizedHost: String {
        var text = host.lowercased()
        if text.hasPrefix("["), text.endsWith("]") { text = String(text.dropFirst().dropLast()) }
        return text
    }

    var isLoopback: Bool { ["localhost", "127.0.0.1", "::1"].contains(normalizedHost) }

    /// `[A-Za-z][A-Za-z0-9+.-]*`, RFC 3986's scheme.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0) }
    }
}

/// Finds a URL's ASCII delimiters by character, or by byte in ASCII text, where that finds the same ones
/// (a character there is one byte, or a CR LF, which is no delimiter) many times faster.
private struct DelimiterSearch {
    let byByte: Bool

    init(in text: String) {
        byByte = text.isAllASCII
    }

    func first(_ delimiter: Character, in text: Substring) -> String.Index? {
        byByte ? text.utf8.firstIndex(of: delimiter.asciiValue!) : text.firstIndex(of: delimiter)
    }

    func last(_ delimiter: Character, in text: Substring) -> String.Index? {
        byByte ? text.utf8.lastIndex(of: delimiter.asciiValue!) : text.lastIndex(of: delimiter)
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

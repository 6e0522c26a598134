import SourceText

/// Checks that a text is a bare DNS host name, as `cyclr.serviceDomain` must be.
enum HostName {
    /// What keeps `text` from being a bare host name, as a phrase ("has a scheme (`https://`)"), or nil.
    static func problem(in text: String) -> String? {
        // Checked first, by bytes: the checks below walk characters, which a hostile megabyte-long value makes slow.
        if text.utf8.count > 1_000 { return "is \(text.unicodeScalars.count) characters long; a host name holds at most 253" }
        if text.utf8.withContiguousStorageIfAvailable(isPlainValidHost) ?? isPlainValidHost(text.utf8) { return nil }
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true { return "has white space around it" }
        if text.contains(where: \.isWhitespace) { return "contains white space" }
        if text.contains("{") || text.contains("}") {
            return text.lowercased().contains("{yourcyclrservicedomain}")
                ? "is still the guide's placeholder `{YourCyclrServiceDomain}`" : "contains braces"
        }
        let parts = URLParts(text)
        if let scheme = parts.scheme, parts.hasAuthority { return "has a scheme (`\(scheme)://`)" }
        if text.contains("/") { return "has a path" }
        if text.contains("?") || text.contains("#") { return "has a query or fragment" }
        if text.contains(":") { return "has a port" }
        if let bad = text.unicodeScalars.first(where: { !($0.isASCIILetter || $0.isASCIIDigit || $0 == "-" || $0 == ".") }) {
            return "contains \(quoted(bad)), which a host name cannot hold (letters, digits, hyphens and dots only)"
        }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        if labels.contains(where: \.isEmpty) { return "has an empty label (a leading, trailing or doubled dot)" }
        if let edged = labels.first(where: { $0.hasPrefix("-") || $0.hasSuffix("-") }) {
            return "has the label `\(edged)`, which starts or ends with a hyphen"
        }
        if labels.count == 1 { return "is a single label, not a full host name" }
        if let long = labels.first(where: { $0.count > 63 }) { return "has a label of \(long.count) characters; a label holds at most 63" }
        if text.count > 253 { return "is \(text.count) characters long; a host name holds at most 253" }
        return nil
    }

    /// The common case in one pass over the bytes (the checks below walk characters, several times):
    /// letters, digits and hyphens in two or more dot-separated labels of 1...63 bytes, none with a
    /// hyphen at an edge, 253 bytes at most. Whatever passes this would pass every check below.
    private static func isPlainValidHost(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count <= 253 else { return false }
        var labels = 0, labelLength = 0, previous: UInt8 = UInt8(ascii: ".")
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "."):
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labels += 1
                labelLength = 0
            case UInt8(ascii: "-"):
                guard labelLength > 0 else { return false }
                labelLength += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                labelLength += 1
            default:
                return false
            }
            guard labelLength <= 63 else { return false }
            previous = byte
        }
        return labelLength > 0 && previous != UInt8(ascii: "-") && labels >= 1
    }

    /// The host's dot-separated labels, without empty ones. Split by bytes when the host is ASCII: the same labels, far faster.
    static func labels(of host: String) -> [Substring] {
        guard host.isAllASCII else { return host.split(separator: ".") }
        return host.utf8.split(separator: UInt8(ascii: ".")).map { host[$0.startIndex..<$0.endIndex] }
    }

    /// The host a URL-like text names (`acme-h.cyclr.com` for `https://acme-h.cyclr.com/`), when it is a valid one.
    static func host(in text: String) -> String? {
        guard text.utf8.count <= 2_000 else { return nil }
        let trimmed = text.trimmingWhitespace
        let host = URLParts.host(of: trimmed)
        return problem(in: host) == nil ? host : nil
    }
}

extension StringProtocol {
    /// Without reversing the text character by character: this runs on every URL of every setup.
    var trimmingWhitespace: String {
        let text = String(self)
        // Most texts need no trimming, and their first and last bytes show it.
        if let first = text.utf8.first, let last = text.utf8.last, first.isVisibleASCII, last.isVisibleASCII { return text }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Whether the text holds one of `characters`, visible ASCII ones, looked for by bytes in ASCII text.
    func containsAny(of characters: String) -> Bool {
        let text = String(self)
        if text.isAllASCII, characters.isAllVisibleASCII { return text.utf8.contains { characters.utf8.contains($0) } }
        return text.contains { characters.contains($0) }
    }

    /// Whether the text holds `character` twice in a row (`--`, `__`).
    func hasDoubled(_ character: Character) -> Bool {
        // In ASCII text a visible character is one byte: compared by bytes, in one pass, far faster.
        if let byte = character.asciiValue, byte.isVisibleASCII {
            var previous: UInt8 = 0, doubled = false, isASCII = true
            for current in utf8 {
                if current >= 0x80 { isASCII = false; break }
                if current == byte, previous == byte { doubled = true }
                previous = current
            }
            if isASCII { return doubled }
        }
        return zip(self, dropFirst()).contains { $0 == character && $1 == character }
    }
}

extension String {
    /// `lowercased()`, without making a copy of ASCII text that holds no capital, as most host names are.
    var lowercasedUnlessLowerASCII: String {
        let isLowerASCII = utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } }
        return isLowerASCII == true ? self : lowercased()
    }

    /// `hasSuffix(_:)`, which walks characters backwards, compared by bytes when both texts are visible ASCII:
    /// the same answer there, many times faster.
    func endsWith(_ suffix: String) -> Bool {
        guard isAllVisibleASCII, suffix.isAllVisibleASCII else { return hasSuffix(suffix) }
        return utf8.count >= suffix.utf8.count && utf8.dropFirst(utf8.count - suffix.utf8.count).elementsEqual(suffix.utf8)
    }
}

public enum ReportPath {
    /// `path` relative to `directory` when it lies inside it (`./` and `..` resolved), else as given
    /// made absolute. Names that are not file paths (standard input's `<stdin>`) pass through unchanged.
    public static func relative(_ path: String, to directory: String) -> String {
        let absolute = normalized(path.hasPrefix("/") ? path : directory + "/" + path)
        let base = normalized(directory)
        let prefix = base == "/" ? "/" : base + "/"
        if absolute.hasPrefix(prefix) { return String(absolute.dropFirst(prefix.count)) }
        return absolute
    }

    /// `path` (absolute) from `directory`, with `..` steps when it lies outside: for files that must be
    /// found again from another working directory, such as a baseline's entries.
    public static func relative(_ path: String, from directory: String) -> String {
        let target = normalized(path).split(separator: "/"), base = normalized(directory).split(separator: "/")
        let shared = zip(target, base).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: base.count - shared) + target.dropFirst(shared).map(String.init)).joined(separator: "/")
    }

    /// Resolves `.`, `..` and repeated slashes without touching the file system (symbolic links stay as written).
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// A URI reference for a path: each segment percent-encoded (RFC 3986 unreserved characters and
    /// `/` kept), absolute paths as `file://` URIs.
    public static func uri(_ path: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        var encoded = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (byte < 16 ? "0" : "") + hex
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}

/// Path text worked on as NSString's path methods do, without Foundation's NSString (linking it costs
/// every start of connectlint its static initialisers and the relocation of ICU): a trailing slash does
/// not count as a component, and a lone `/` is its own last component.
public enum PathText {
    /// `path` without its last component: `a/b` → `a`, `a` → ``, `/a` → `/`, `/` → `/`.
    public static func deletingLastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// The last component of `path`: `a/b/` → `b`, `/` → `/`, `` → ``.
    public static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        let after = trimmed[trimmed.utf8.index(after: slash)...]
        return after.isEmpty ? "/" : String(after)
    }

    /// `component` joined to `path` with one slash: `a` + `b` → `a/b`, `` + `b` → `b`, `/` + `b` → `/b`.
    public static func appending(_ component: String, to path: String) -> String {
        if path.isEmpty { return component }
        return withoutTrailingSlashes(path) + (path.utf8.allSatisfy { $0 == UInt8(ascii: "/") } ? "" : "/") + component
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.utf8.last == UInt8(ascii: "/") { text = text.dropLast() }
        return String(text)
    }
}

import FoundationEssentials

/// Absolute paths in the form `URL(fileURLWithPath:).standardizedFileURL.path` gives them, worked on as text:
/// Foundation's URL costs about a million instructions the first time, a tenth of linting one small file.
public enum StandardPath {
    /// `path` standardized; only a path that is not already standard goes through Foundation.
    public static func of(_ path: String) -> String {
        isStandard(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Absolute, with no empty, `.` or `..` component and no trailing slash: standardizing leaves it as it is.
    public static func isStandard(_ path: String) -> Bool {
        guard path.utf8.first == UInt8(ascii: "/") else { return false }
        if path == "/" { return true }
        return !path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst().contains { component in
            component.isEmpty || component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8)
        }
    }

    /// The folder holding a standard path (`/` for `/` itself).
    public static func parent(of path: String) -> String { PathText.deletingLastComponent(path) }

    /// A standard path with one more component.
    public static func appending(_ component: String, to path: String) -> String { PathText.appending(component, to: path) }
}

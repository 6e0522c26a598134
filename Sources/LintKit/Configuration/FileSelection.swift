import FoundationEssentials
import SourceText

/// Which files a directory walk yields: `include` replaces the default setup file names and
/// `exclude` drops files, both matched against the path relative to `root` (the configuration
/// file's folder). Files named on the command line are always linted.
public struct FileSelection: Sendable {
    public let root: String
    public let include: [Glob]?
    public let exclude: [Glob]

    public init(root: String, include: [Glob]? = nil, exclude: [Glob] = []) {
        self.root = StandardPath.of(root)
        self.include = include
        self.exclude = exclude
    }

    public static let standard = FileSelection(root: "/")

    /// Whether a file the walk found (a path as the walk spells it) is linted.
    public func accepts(_ path: String) -> Bool {
        if include == nil {
            guard FileDiscovery.isSetupFile(path) else { return false }
            // The walk yields thousands of paths: the relative path is worked out only when a pattern needs it.
            if exclude.isEmpty { return true }
        }
        let relative = relativePath(path)
        if let include, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    /// The path relative to `root`, or as given when it lies outside.
    func relativePath(_ path: String) -> String {
        let absolute = StandardPath.of(path)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}

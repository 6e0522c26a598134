import FoundationEssentials
import SetupModel

/// `--changed-since`: a run that reports only the changed files, and the units (a setup YAML, an External
/// Client App's global settings) that read a changed file, since a changed metadata file changes their findings.
extension Linter {
    /// The path with `.`, `..` and links resolved, as `changedFiles` holds them.
    public static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether a target can matter: it changed, or it is a unit that may read a changed file.
    func mayReadChangedFile(_ path: String) -> Bool {
        guard let changed = options.changedFiles else { return true }
        let kind = MetadataFileKind(fileName: path)
        return kind == nil || kind == .externalClientAppGlobalOauth || changed.contains(Self.resolved(path))
    }

    /// The results of changed files, and of units that read one.
    func keepingChanged(_ results: [FileResult]) -> [FileResult] {
        guard let changed = options.changedFiles else { return results }
        return results.filter { result in
            ([result.path] + result.linkedResults.map(\.path)).contains { changed.contains(Self.resolved($0)) }
        }
    }
}

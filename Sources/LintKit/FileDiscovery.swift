#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SetupModel

/// Finds setup files under a directory as SPEC §4 says: recursively, skipping hidden folders,
/// `.build` and `node_modules`, never following a linked folder (so a link loop ends).
public enum FileDiscovery {
    public static let skippedFolders: Set<String> = [".build", "node_modules"]

    public static func isSetupFileName(_ name: String) -> Bool {
        name == "cyclr.yaml" || name == "cyclr.yml" || name.hasSuffix(".cyclr.yaml") || name.hasSuffix(".cyclr.yml")
            || MetadataFileKind(fileName: name) != nil
    }

    /// Paths of setup files below `directory`, each as `directory/relative/path`, sorted.
    public static func setupFiles(under directory: String, matching accept: (String) -> Bool = isSetupFileName) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let path = join(folder, name)
                switch kind(of: path) {
                case .directory:
                    if !name.hasPrefix("."), !skippedFolders.contains(name) { pending.append(path) }
                case .file:
                    if accept(name) { found.append(path) }
                case .other:
                    break
                }
            }
        }
        return found.sorted()
    }

    enum Kind { case directory, file, other }

    /// A linked file counts as a file; a linked folder is not entered; FIFOs, sockets and devices are skipped.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else { return .other }
            return target.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        if folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

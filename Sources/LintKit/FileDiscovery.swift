#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import SetupModel
import SourceText

/// Finds setup files under a directory as SPEC §4 says: recursively, skipping hidden folders,
/// `.build` and `node_modules`, never following a linked folder (so a link loop ends).
public enum FileDiscovery {
    public static let skippedFolders: Set<String> = [".build", "node_modules"]

    public static func isSetupFileName(_ name: String) -> Bool {
        setupNames.contains(name) || setupSuffixes.contains { name.hasSuffix($0) } || MetadataFileKind(fileName: name) != nil
    }

    /// `isSetupFileName` of a path's last component. A walk asks it of every file before any is linted: an ASCII name
    /// (nearly every one) is told by its bytes, without making it.
    public static func isSetupFile(_ path: String) -> Bool {
        path.withASCIIFileName { name in
            setupNames.contains { name.elementsEqual($0.utf8) }
                || setupSuffixes.contains { name.count >= $0.utf8.count && name.suffix($0.utf8.count).elementsEqual($0.utf8) }
                || MetadataFileKind(fileName: path) != nil
        } ?? isSetupFileName(path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path)
    }

    private static let setupNames = ["cyclr.yaml", "cyclr.yml"]
    private static let setupSuffixes = [".cyclr.yaml", ".cyclr.yml"]

    /// Paths of setup files below `directory`, each as `directory/relative/path`, sorted.
    public static func setupFiles(under directory: String, matching accept: (String) -> Bool = isSetupFileName) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            forEachEntry(of: folder) { name, type in
                let path = join(folder, name)
                switch kind(of: path, type: type) {
                case .directory:
                    if !name.hasPrefix("."), !skippedFolders.contains(name) { pending.append(path) }
                case .file:
                    if accept(name) { found.append(path) }
                case .other:
                    break
                }
            }
        }
        return sortedAsStringsSort(found)
    }

    /// `paths.sorted()`. When every path is ASCII (nearly always), they are compared by their bytes, which is the order
    /// `String` gives them, laid end to end in one buffer so that no comparison retains a string: `String`'s Unicode
    /// comparison took 28 M instructions to sort a walk of 10,000 files, on the one thread that walks.
    static func sortedAsStringsSort(_ paths: [String]) -> [String] {
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(paths.count)
        for path in paths {
            guard path.isAllASCII else { return paths.sorted() }
            spans.append((bytes.count, path.utf8.count))
            bytes.append(contentsOf: path.utf8)
        }
        var order = Array(paths.indices)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            order.sort { lhs, rhs in
                let left = spans[lhs], right = spans[rhs]
                let common = min(left.count, right.count)
                let compared = common == 0 ? 0 : memcmp(base + left.start, base + right.start, common)
                return compared != 0 ? compared < 0 : left.count < right.count
            }
        }
        return order.map { paths[$0] }
    }

    /// Calls `body` with the name and `d_type` of every entry of `folder` but `.` and `..`; nothing when it cannot
    /// be opened. The type saves a `stat` per file: most file systems fill it in.
    private static func forEachEntry(of folder: String, _ body: (String, UInt8) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            body(name, entry.pointee.d_type)
        }
    }

    /// `kind(of:)`, told by the directory entry's type when it says a folder or a plain file.
    private static func kind(of path: String, type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .file
        default: return kind(of: path)
        }
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

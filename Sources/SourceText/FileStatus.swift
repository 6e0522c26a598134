#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path, following symbolic links, as `FileManager.fileExists(atPath:isDirectory:)` tells it.
public enum FileStatus: Equatable {
    case missing
    case folder
    case file

    public init(of path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { self = .missing; return }
        self = (status.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }
}

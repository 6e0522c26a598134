import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

extension SourceFile {
    /// The input's size in bytes; nil when a file cannot be examined.
    public var size: Int? {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .file(let path):
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : nil
        }
    }

    /// The one message for an input over the size limit, which is not read at all; nil within the limit.
    public func sizeLimitMessage(_ limits: ParseLimits) -> String? {
        guard let size, size > limits.maxFileBytes else { return nil }
        return "the input is over the \(limits.fileLimitDescription) limit; it was not read"
    }

    /// Every byte of the input, for readers that need the whole text (XML); nil when a file cannot be read.
    public func readAll() -> [UInt8]? {
        switch self {
        case .bytes(let bytes): return bytes
        case .file(let path): return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        }
    }
}

extension SourceFile {
    /// A small regular file read whole, with one open and one read: the several readers of one lint (the checks
    /// before parsing, libyaml, the comment scanner, quoting) then share its bytes instead of each opening the file
    /// again. A file larger than `limit`, not a regular file, or not readable now stays a path, read as each reader
    /// does, so that memory stays bounded and what cannot be read is reported where it always was.
    public static func reading(_ path: String, atMost limit: Int) -> SourceFile {
        // Non-blocking, so that a FIFO is opened and found not to be a regular file, not waited on for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .file(path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return .file(path) }
        // One byte more than the size, to see the end of the file in the same read (or that it grew).
        let capacity = Int(info.st_size) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let n = SystemIO.read(descriptor, into: buffer.baseAddress! + count, count: capacity - count)
                if n < 0 { failed = true }
                if n <= 0 { break }
                count += n
            }
        }
        guard !failed, bytes.count < capacity else { return .file(path) }
        return .bytes(bytes)
    }
}

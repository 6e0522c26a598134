import Foundation

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

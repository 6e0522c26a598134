#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where YAML bytes come from. Files are read in chunks, so memory follows the largest
/// document rather than the whole stream.
public enum SourceFile: Sendable {
    case bytes([UInt8])
    case file(String)
}

public struct InputError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Pulls bytes from a `SourceFile` in chunks for libyaml's read callback.
public final class ChunkReader {
    private let input: SourceFile
    private var fd: Int32 = -1
    private var offset = 0
    public private(set) var bytesRead = 0
    public let maxBytes: Int
    public private(set) var passedLimit = false
    public private(set) var ioError: String?

    public init(_ input: SourceFile, maxBytes: Int, startingAt start: Int = 0) throws {
        self.input = input
        self.maxBytes = maxBytes
        offset = start
        bytesRead = start
        if case .file(let path) = input {
            fd = open(path, O_RDONLY)
            if fd < 0 { throw InputError(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
            if start > 0 { lseek(fd, off_t(start), SEEK_SET) }
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// How many bytes are left to read from where reading started, told by the open file (no path looked up again).
    public var bytesAhead: Int? {
        switch input {
        case .bytes(let bytes): return bytes.count - offset
        case .file:
            var info = stat()
            return fstat(fd, &info) == 0 ? Int(info.st_size) - offset : nil
        }
    }

    /// Fills `buffer`; returns the number of bytes written, 0 at the end.
    public func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        if passedLimit { return 0 }
        var count = 0
        switch input {
        case .bytes(let bytes):
            count = min(capacity, bytes.count - offset)
            if count > 0 {
                bytes.withUnsafeBufferPointer { source in
                    buffer.update(from: source.baseAddress! + offset, count: count)
                }
                offset += count
            }
        case .file:
            let n = SystemIO.read(fd, into: buffer, count: capacity)
            if n < 0 {
                ioError = String(cString: strerror(errno))
                return 0
            }
            count = n
        }
        bytesRead += count
        if bytesRead > maxBytes {
            passedLimit = true
            return 0
        }
        return count
    }

    /// How much one read of a file asks for: 256 KiB, less for a small file, which would cost more to clear
    /// such a buffer for than to read.
    static func chunkBytes(forFileOfSize size: Int?) -> Int {
        let whole = 256 * 1024
        guard let size, size >= 0 else { return whole }
        return min(whole, max(size + 1, 4096))
    }

    /// Calls `body` with successive chunks of the input from byte `start` on, until it returns false.
    static func scanChunks(_ input: SourceFile, from start: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        switch input {
        case .bytes(let bytes):
            _ = bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[min(max(start, 0), $0.count)...])) }
        case .file(let path):
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return }
            defer { close(fd) }
            if start > 0, lseek(fd, off_t(start), SEEK_SET) < 0 { return }
            var info = stat()
            let size = fstat(fd, &info) == 0 ? max(Int(info.st_size) - max(start, 0), 0) : nil
            var chunk = [UInt8](repeating: 0, count: Self.chunkBytes(forFileOfSize: size))
            while true {
                let keepGoing = chunk.withUnsafeMutableBufferPointer { buffer -> Bool in
                    let n = SystemIO.read(fd, into: buffer.baseAddress, count: buffer.count)
                    guard n > 0 else { return false }
                    return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
                }
                if !keepGoing { return }
            }
        }
    }
}

extension SourceFile {
    /// Calls `body` with every byte of the input from the start, until it returns false.
    public func forEachByte(_ body: (UInt8) -> Bool) {
        ChunkReader.scanChunks(self) { chunk in
            for byte in chunk where !body(byte) { return false }
            return true
        }
    }

    /// Calls `body` with successive chunks of the input from byte `start` on, until it returns false.
    public func forEachChunk(from start: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        ChunkReader.scanChunks(self, from: start, body)
    }

    /// The line and column of a byte offset (libyaml reports reader errors by offset only), counted on from the start
    /// of line `line` at byte `lineStart`: a stream's parser restarts at a known line, and counting from the file's
    /// start for each error would make a stream of broken documents quadratic.
    /// Columns count Unicode scalars; a leading UTF-8 byte order mark is not counted.
    public func position(ofByteOffset target: Int, fromLineStart lineStart: Int = 0, line startLine: Int = 1) -> SourcePosition {
        var line = startLine, column = 1, offset = lineStart
        var previousWasCR = false
        var bomBytes = 0
        forEachChunk(from: lineStart) { chunk in
            for byte in chunk {
                if offset >= target { return false }
                defer { offset += 1 }
                if offset < 3 && bomBytes == offset && byte == [0xEF, 0xBB, 0xBF][offset] {
                    bomBytes += 1
                    continue
                }
                if byte == 0x0A {
                    if !previousWasCR { line += 1; column = 1 }
                    previousWasCR = false
                } else if byte == 0x0D {
                    line += 1; column = 1
                    previousWasCR = true
                } else {
                    previousWasCR = false
                    if byte & 0xC0 != 0x80 { column += 1 }
                }
            }
            return true
        }
        return SourcePosition(line: line, column: column)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's read and write, under names that no method shadows, so callers need not qualify
/// them by a platform module (`Glibc.read` builds on Linux only).
public enum SystemIO {
    /// Reads up to `count` bytes into `buffer`, retrying when interrupted; -1 on an error (see `errno`).
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer?, count: Int) -> Int {
        while true {
            let n = readFunction(descriptor, buffer, count)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    /// Writes all of `bytes` to `descriptor`; false when the descriptor stops taking them.
    @discardableResult
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = writeFunction(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    public static let standardOutput: Int32 = STDOUT_FILENO

    /// Writes `text` straight from the string's storage (a copy into Data would double the peak memory of a big text).
    @discardableResult
    public static func write(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { writeAll(descriptor, $0) }
    }

    /// Writes `text` to standard error as it is (a line break is the caller's).
    public static func writeStandardError(_ text: String) { write(text, to: STDERR_FILENO) }

    /// Everything `descriptor` gives until its end (or an error), up to `limit` bytes.
    public static func readAll(_ descriptor: Int32, atMost limit: Int = .max) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(1 << 20, limit))
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, into: $0.baseAddress, count: min($0.count, limit - bytes.count)) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }
}

private let readFunction: (Int32, UnsafeMutableRawPointer?, Int) -> Int = { read($0, $1, $2) }
private let writeFunction: (Int32, UnsafeRawPointer?, Int) -> Int = { write($0, $1, $2) }

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

    /// Writes `text` to standard error as it is (a line break is the caller's).
    public static func writeStandardError(_ text: String) {
        var text = text
        text.withUTF8 { _ = writeAll(STDERR_FILENO, $0) }
    }
}

private let readFunction: (Int32, UnsafeMutableRawPointer?, Int) -> Int = { read($0, $1, $2) }
private let writeFunction: (Int32, UnsafeRawPointer?, Int) -> Int = { write($0, $1, $2) }

import FoundationEssentials
import SourceText
#if canImport(Glibc)
import Glibc
#endif

/// Reads `Content-Length`-framed messages from a file descriptor (standard input by default).
final class MessageReader {
    enum Frame {
        case message(Data)
        /// A header block without a usable `Content-Length`: the body cannot be found, so it is answered with an error.
        case badHeader(String)
        case endOfInput
    }

    private let descriptor: Int32
    private var buffer = Data()
    private var ended = false

    init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    func next() -> Frame {
        guard let headerEnd = readUntilHeaderEnd() else { return .endOfInput }
        let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex..<headerEnd.upperBound)
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: false) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingSpaces().lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingSpaces())
        }
        guard let length, length >= 0 else { return .badHeader("the header has no valid Content-Length") }
        while buffer.count < length {
            guard fill() else { return .endOfInput }
        }
        let body = buffer.prefix(length)
        buffer.removeFirst(length)
        return .message(Data(body))
    }

    private func readUntilHeaderEnd() -> Range<Data.Index>? {
        let separator = Data("\r\n\r\n".utf8)
        var searchFrom = buffer.startIndex
        while true {
            if let found = buffer[searchFrom...].firstRange(of: separator) { return found }
            searchFrom = max(buffer.startIndex, buffer.endIndex - 3)
            guard fill() else { return nil }
        }
    }

    private func fill() -> Bool {
        guard !ended else { return false }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return true
            }
            if count < 0 && errno == EINTR { continue }
            ended = true
            return false
        }
    }
}

/// Writes framed messages to standard output; several threads may write at once.
final class MessageWriter: @unchecked Sendable {
    private let lock = ThreadLock()
    private let descriptor: Int32

    init(descriptor: Int32 = SystemIO.standardOutput) {
        self.descriptor = descriptor
    }

    func write(_ body: Data) {
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        lock.lock()
        defer { lock.unlock() }
        frame.withUnsafeBytes { SystemIO.writeAll(descriptor, $0.bindMemory(to: UInt8.self)) }
    }
}

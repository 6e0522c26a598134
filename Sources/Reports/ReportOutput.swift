import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import LintKit
import SourceText

/// Where a report goes as it is written: a string (tests, the fuzzer), a descriptor (standard output or
/// error), or a file, written beside its place and renamed over it only when the report is complete.
public final class ReportOutput {
    private enum Destination {
        case string
        case descriptor(Int32)
        case file(path: String, temporary: String, descriptor: Int32)
    }

    private let destination: Destination
    private var pending = ""
    /// Everything written, for a string output.
    public private(set) var text = ""
    private var failed = false
    private static let flushBytes = 64 * 1024

    private init(_ destination: Destination) {
        self.destination = destination
    }

    public static func string() -> ReportOutput { ReportOutput(.string) }

    public static func descriptor(_ descriptor: Int32) -> ReportOutput { ReportOutput(.descriptor(descriptor)) }

    /// A report file: written to a temporary file in the same folder, so the rename that completes it is atomic.
    public static func file(_ path: String) throws -> ReportOutput {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var template = Array((folder + "/.connectlint-report-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw LintUsageError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        fchmod(descriptor, 0o644)
        return ReportOutput(.file(path: path, temporary: temporary, descriptor: descriptor))
    }

    public func write(_ piece: String) {
        if case .string = destination {
            text += piece
            return
        }
        pending += piece
        if pending.utf8.count >= Self.flushBytes { flush() }
    }

    private func flush() {
        guard !pending.isEmpty else { return }
        switch destination {
        case .string: break
        case .descriptor(let descriptor), .file(_, _, let descriptor):
            pending.withUTF8 { if !SystemIO.writeAll(descriptor, $0) { failed = true } }
        }
        pending = ""
    }

    /// Writes what is left; a report file then takes its place.
    public func close() throws {
        flush()
        guard case .file(let path, let temporary, let descriptor) = destination else { return }
        let synced = fsync(descriptor) == 0
        Glibc.close(descriptor)
        guard !failed, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw LintUsageError("cannot write \(path): \(reason)")
        }
    }

    /// Drops a report file that must not be written (the temporary file goes; the file in its place is untouched).
    public func discard() {
        guard case .file(_, let temporary, let descriptor) = destination else { return }
        Glibc.close(descriptor)
        unlink(temporary)
    }
}

/// Text a report must write after something it learns only at the end (SARIF's rule list, JUnit's counts):
/// kept in memory while small, then in an unnamed temporary file, so memory does not follow the findings.
final class Spool {
    private var text = ""
    private var file: UnsafeMutablePointer<FILE>?
    private static let memoryBytes = 1 << 20

    func write(_ piece: String) {
        text += piece
        if text.utf8.count >= Self.memoryBytes { spill() }
    }

    private func spill() {
        if file == nil { file = tmpfile() }
        guard let file else { return }
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        text = ""
    }

    /// Writes everything kept to `output`, in order.
    func copy(to output: ReportOutput) { drain(output.write) }

    /// Hands everything kept to `write`, in order, in pieces.
    func drain(_ write: (String) -> Void) {
        if let file {
            fflush(file)
            rewind(file)
            var chunk = [UInt8](repeating: 0, count: 256 * 1024)
            var carried: [UInt8] = []
            while true {
                let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if count <= 0 { break }
                let bytes = carried + chunk[0..<count]
                // A chunk may end inside a character: what follows its last first byte waits for the next chunk.
                let cut = bytes.lastIndex { $0 & 0xC0 != 0x80 } ?? bytes.count
                write(String(decoding: bytes[..<cut], as: UTF8.self))
                carried = Array(bytes[cut...])
            }
            write(String(decoding: carried, as: UTF8.self))
        }
        write(text)
    }

    deinit {
        if let file { fclose(file) }
    }
}

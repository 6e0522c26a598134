import FoundationEssentials
import SourceText
#if canImport(Glibc)
import Glibc
#endif

/// Writes fixed files: only after the fixed text was linted, only the linted files, each atomically (a
/// temporary file in the same folder, flushed, then renamed over the original, with the original's
/// permissions). A path that is a symbolic link has its target written, so the link stays a link. A file
/// whose bytes changed since they were read is not written.
public enum FixWriter {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public static func write(_ outcome: FileFixOutcome) throws(Failure) {
        guard let path = outcome.openPath, outcome.refusal == nil, outcome.changed else { return }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { destination in
            destination.hasPrefix("/") ? destination : PathText.appending(destination, to: PathText.deletingLastComponent(path))
        } ?? path
        guard let current = FileManager.default.contents(atPath: target), [UInt8](current) == outcome.original else {
            throw Failure(description: "\(outcome.path): the file changed since it was read, so the fixes were not written; run again")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: target)
        let folder = PathText.deletingLastComponent(target)
        let temporary = (folder.isEmpty ? "." : folder) + "/." + PathText.lastComponent(target) + ".connectlint-\(ProcessInfo.processInfo.processIdentifier)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw Failure(description: "\(outcome.path): cannot write a temporary file beside it, so the fixes were not written")
        }
        do {
            let written = outcome.fixed.withUnsafeBufferPointer { SystemIO.writeAll(descriptor, $0) } && fsync(descriptor) == 0
            close(descriptor)
            guard written else { throw Failure(description: "writing failed: \(String(cString: strerror(errno)))") }
            if let permissions = attributes?[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
            }
            guard rename(temporary, target) == 0 else { throw Failure(description: "rename failed: \(String(cString: strerror(errno)))") }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(description: "\(outcome.path): the fixes were not written: \(error)")
        }
    }
}

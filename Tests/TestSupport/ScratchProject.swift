import Foundation

/// A scratch folder of files for one end-to-end test, removed when the test ends.
public struct ScratchProject {
    public let root: URL

    public init(_ files: [String: String] = [:]) throws {
        root = try BinaryRunner.scratchFolder()
        for (path, text) in files { try write(path, text) }
    }

    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func run(_ arguments: [String], in folder: String? = nil, stdin: Data? = nil) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, stdin: stdin, in: folder.map { root.appendingPathComponent($0) } ?? root)
    }

    /// The JSON report of a run, parsed.
    public func json(_ arguments: [String], in folder: String? = nil) throws -> [String: Any] {
        let result = try run(arguments + ["--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object ?? [:]
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}

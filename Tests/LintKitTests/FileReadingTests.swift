import Foundation
@testable import LintKit
import SourceText
import Testing

/// A small file is read at once into bytes; anything `SourceFile.reading` cannot read whole stays a path, so that
/// the readers that follow report it as they always did.
@Suite struct WholeFileReadingTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whole-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileWithinTheLimitIsItsBytes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for bytes in [[], Array("version: 1\n".utf8), [UInt8](repeating: 0x61, count: 70_000)] {
            let path = try file("setup-\(bytes.count).cyclr.yaml", bytes)
            guard case .bytes(let read) = SourceFile.reading(path, atMost: 70_000) else {
                Issue.record("\(bytes.count) bytes were not read whole")
                continue
            }
            #expect(read == bytes)
        }
    }

    @Test func aFileOverTheLimitStaysAPath() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try file("large.cyclr.yaml", [UInt8](repeating: 0x61, count: 1_001))
        guard case .file(let kept) = SourceFile.reading(path, atMost: 1_000) else {
            Issue.record("a file over the limit was read whole")
            return
        }
        #expect(kept == path)
    }

    @Test func whatIsNotAReadableFileStaysAPath() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A FIFO with no writer: looked at without waiting for one.
        let fifo = folder + "/pipe.cyclr.yaml"
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [folder, folder + "/missing.cyclr.yaml", fifo] {
            guard case .file(let kept) = SourceFile.reading(path, atMost: 1 << 20) else {
                Issue.record("\(path) was read as bytes")
                continue
            }
            #expect(kept == path)
        }
    }
}

/// A walk tells setup files by the bytes of an ASCII path, and by characters otherwise: the same answer either way.
@Suite struct SetupFileNameTests {
    @Test(arguments: [
        "cyclr.yaml", "a/cyclr.yml", "team/app-1.cyclr.yaml", "x.cyclr.yml", "a/b/Acme.connectedApp-meta.xml", "Acme.eca",
        ".cyclr.yaml", "a/.cyclr.yml", "cyclr.yaml.bak", "a/setup.yaml", "a.cyclr.yaml/notes.txt", "x/.eca",
        "dossier/Société.cyclr.yaml", "é/cyclr.yaml", "x.cyclr.yaml\u{301}", "\u{0600}.cyclr.yaml", "é.eca",
    ])
    func aPathIsASetupFileWhenItsNameIs(path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        #expect(FileDiscovery.isSetupFile(path) == FileDiscovery.isSetupFileName(name))
    }

    @Test func theKnownNamesAreSetupFiles() {
        #expect(FileDiscovery.isSetupFile("team/app-1.cyclr.yaml"))
        #expect(FileDiscovery.isSetupFile("force-app/Acme.connectedApp-meta.xml"))
        #expect(!FileDiscovery.isSetupFile("team/setup.yaml"))
        #expect(!FileDiscovery.isSetupFile("cyclr.yaml/readme.md"))
    }
}

/// A walk's paths are sorted by their bytes when they are all ASCII: the order must be `sorted()`'s, whatever the mix.
@Suite struct DiscoveredPathOrderTests {
    @Test(arguments: [false, true])
    func pathsSortAsStringsSortThem(withNonASCII: Bool) {
        var generator = SystemRandomNumberGenerator()
        // Non-ASCII pieces include a precomposed é and a decomposed one, which String orders by their canonical form.
        let pieces = ["a", "b", "B", "team-0", "team-1", "/", ".", "-", "_", "z", "1", "10", "", "\t"]
            + (withNonASCII ? ["é", "e\u{301}", "ü", "\u{0600}"] : [])
        for _ in 0..<300 {
            let paths = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            #expect(FileDiscovery.sortedAsStringsSort(paths).map { Array($0.utf8) } == paths.sorted().map { Array($0.utf8) }, "\(paths)")
        }
    }
}

/// Reading on from a line's start gives what reading from the file's start gives, as bytes and as a file: a stream's
/// reader counts positions on from where its parser restarted.
@Suite struct ReadingFromAnOffsetTests {
    static let text = Array("\u{FEFF}version: 1\r\ncyclr:\n  serviceDomain: ac\u{e9}me\r  x: y\n---\nversion: 2\n".utf8)

    private func inputs() throws -> [SourceFile] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("offset-\(UUID().uuidString).cyclr.yaml").path
        try Data(Self.text).write(to: URL(fileURLWithPath: path))
        return [.bytes(Self.text), .file(path)]
    }

    @Test func chunksFromAnOffsetAreTheRestOfTheInput() throws {
        for input in try inputs() {
            for start in [0, 5, Self.text.count - 1, Self.text.count, Self.text.count + 10] {
                var read: [UInt8] = []
                input.forEachChunk(from: start) { read += $0; return true }
                #expect(read == Array(Self.text[min(start, Self.text.count)...]), "\(input) from \(start)")
            }
            if case .file(let path) = input { try FileManager.default.removeItem(atPath: path) }
        }
    }

    @Test func positionsCountedFromALineStartMatchThoseFromTheFileStart() throws {
        // Every line start, with its line number as counted from the file's start (LF, CR and CRLF each end one line).
        var lineStarts = [(offset: 0, line: 1)]
        for (offset, byte) in Self.text.enumerated() where byte == 0x0A || (byte == 0x0D && Self.text[offset + 1] != 0x0A) {
            lineStarts.append((offset + 1, lineStarts.count + 1))
        }
        for input in try inputs() {
            for target in 0...Self.text.count {
                let fromStart = input.position(ofByteOffset: target)
                for start in lineStarts where start.offset <= target {
                    #expect(input.position(ofByteOffset: target, fromLineStart: start.offset, line: start.line) == fromStart,
                            "byte \(target) counted from line \(start.line)")
                }
            }
            if case .file(let path) = input { try FileManager.default.removeItem(atPath: path) }
        }
    }
}

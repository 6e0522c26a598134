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

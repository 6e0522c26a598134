import Foundation
import Testing
import TestSupport

@Suite struct ColorAndOutputTests {
    let broken = Data("version: 2\n".utf8)

    @Test func noColourWhenPipedOrWithNoColor() throws {
        let piped = try BinaryRunner.run(["-"], stdin: broken, environment: ["NO_COLOR": ""])
        #expect(!piped.stdout.contains("\u{1B}["))
        let forcedButNoColor = try BinaryRunner.run(["-"], stdin: broken, environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"])
        #expect(!forcedButNoColor.stdout.contains("\u{1B}["))
    }

    @Test func forceColorAndAlwaysTurnColourOn() throws {
        let forced = try BinaryRunner.run(["-"], stdin: broken, environment: ["FORCE_COLOR": "1", "NO_COLOR": ""])
        #expect(forced.stdout.contains("\u{1B}[1;31merror"))
        let always = try BinaryRunner.run(["--color", "always", "-"], stdin: broken)
        #expect(always.stdout.contains("\u{1B}["))
        let never = try BinaryRunner.run(["--color", "never", "-"], stdin: broken, environment: ["FORCE_COLOR": "1"])
        #expect(!never.stdout.contains("\u{1B}["))
    }

    @Test func outputFileGetsTheReport() throws {
        let folder = try BinaryRunner.scratchFolder()
        let report = folder.appendingPathComponent("report.json")
        let result = try BinaryRunner.run(["--format", "json", "--output", report.path, "-"], stdin: broken)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: report, encoding: .utf8)
        #expect(written.contains("\"ruleId\": \"unsupported-version\""))
    }

    @Test func neverWritesOverALintedFile() throws {
        let folder = try BinaryRunner.scratchFolder()
        let setup = folder.appendingPathComponent("cyclr.yaml")
        try broken.write(to: setup)
        let result = try BinaryRunner.run(["--output", setup.path, setup.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("never writes to the files it lints"))
        #expect(try Data(contentsOf: setup) == broken)
    }

    @Test func lintingLeavesFilesUntouched() throws {
        let folder = try BinaryRunner.scratchFolder()
        let setup = folder.appendingPathComponent("cyclr.yaml")
        try broken.write(to: setup)
        let before = try FileManager.default.attributesOfItem(atPath: setup.path)[.modificationDate] as? Date
        _ = try BinaryRunner.run([folder.path])
        #expect(try Data(contentsOf: setup) == broken)
        #expect(try FileManager.default.attributesOfItem(atPath: setup.path)[.modificationDate] as? Date == before)
    }
}

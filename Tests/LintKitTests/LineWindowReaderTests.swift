import Foundation
import SourceText
import Testing

/// Windows read front to back from a file must give the lines, offsets and positions a text index of the
/// whole file gives, whatever line breaks the file uses and wherever the reader's chunks end.
@Suite struct LineWindowReaderTests {
    /// Lines of every length around the reader's 256 KiB chunk, so that breaks (a CRLF's two halves too) fall on the seam.
    /// `mixed` ends lines with LF, CRLF and CR in turn, with empty lines between some, so that breaks of different kinds
    /// follow each other (LF then CR is two breaks).
    static func text(_ lineBreak: String) -> [UInt8] {
        let mixed = ["\n", "\r\n", "\r"]
        var text = ""
        var number = 0
        while text.utf8.count < 600_000 {
            number += 1
            let ending = lineBreak == "mixed" ? mixed[number % 3] : lineBreak
            text += "line \(number) " + String(repeating: number % 3 == 0 ? "é" : "x", count: number % 97) + ending
            if lineBreak == "mixed", number % 11 == 0 { text += mixed[(number / 11) % 3] }
        }
        return Array(text.utf8)
    }

    @Test(arguments: ["\n", "\r\n", "\r", "mixed"])
    func windowsMatchTheWholeText(lineBreak: String) throws {
        let bytes = Self.text(lineBreak)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("windows-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = TextIndex(bytes)
        for input in [SourceFile.file(path), .bytes(bytes)] {
            let reader = LineWindowReader(input)
            var first = 1
            while first <= whole.lineCount {
                let last = min(first + first % 50, whole.lineCount)
                let window = try #require(reader.window(lines: first, through: last))
                for line in first...last {
                    #expect(window.lineBytes(line) == whole.lineBytes(line))
                    #expect(window.text(window.lineBytes(line)) == whole.text(whole.lineBytes(line)))
                    let middle = SourcePosition(line: line, column: whole.lineBytes(line).isEmpty ? 1 : 3)
                    #expect(window.offset(of: middle) == whole.offset(of: middle))
                    #expect(window.position(ofOffset: window.offset(of: middle)) == middle)
                }
                #expect(window.endOfLineWithBreak(last) == whole.endOfLineWithBreak(last))
                // The next window may start on the line this one ended on, never before it, and may skip lines.
                first = last + (first % 2) + (first % 7 == 3 ? 1_000 : 0)
            }
            #expect(reader.window(lines: 1, through: 2) == nil)
            #expect(reader.window(lines: whole.lineCount + 5, through: whole.lineCount + 6) == nil)
        }
    }

    @Test func linesKeepOnlyTheirFirstBytes() throws {
        let bytes = Array(("\u{FEFF}short\n" + String(repeating: "y", count: 300_000) + "\nend").utf8)
        let reader = LineWindowReader(.bytes(bytes))
        let lines = reader.lines([1, 2, 3], limit: 10)
        #expect(lines[1] == Array("short".utf8))
        #expect(lines[2] == Array(repeating: UInt8(ascii: "y"), count: 10))
        #expect(lines[3] == Array("end".utf8))
    }
}

import SourceText
import Testing

/// A text index must find the lines a plain reading finds, LF, CRLF and CR alike, with or without a byte order mark,
/// and in a window that starts mid-file.
@Suite struct TextIndexLineTests {
    /// The lines of `bytes` without their breaks, read byte by byte.
    static func plainLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = [], current: [UInt8] = [], index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(current)
                current = []
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            } else {
                current.append(byte)
                index += 1
            }
        }
        lines.append(current)
        return lines
    }

    @Test(arguments: [false, true])
    func linesAreThoseAPlainReadingFinds(withCarriageReturns: Bool) {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("key: value".utf8), Array("é".utf8), [0x0A], [0x0A, 0x0A], Array("  - x".utf8)]
            + (withCarriageReturns ? [[0x0D], [0x0D, 0x0A], [0x0A, 0x0D]] : [])
        for round in 0..<300 {
            var text: [UInt8] = round % 5 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...30, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let expected = Self.plainLines(text.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(text.dropFirst(3)) : text)
            let index = TextIndex(text)
            #expect(index.lineCount == expected.count, "\(text)")
            for (number, line) in expected.enumerated() where number < index.lineCount {
                #expect(Array(text[index.lineBytes(number + 1)]) == line, "line \(number + 1) of \(text)")
            }
            // The same lines read as a window that starts at line 3 of a file, 100 bytes in.
            let window = TextIndex(window: text, startingAt: 100, firstLine: 3)
            if !text.starts(with: [0xEF, 0xBB, 0xBF]) {
                #expect(window.lineCount == expected.count + 2)
                for (number, line) in expected.enumerated() {
                    #expect(Array(text[(window.lineBytes(number + 3).lowerBound - 100)..<(window.lineBytes(number + 3).upperBound - 100)]) == line)
                }
            }
        }
    }
}

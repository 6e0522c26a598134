import Foundation
import Testing
import SourceText
@testable import LanguageServer

struct PositionEncodingTests {
    // "a😀b中c": the emoji is two UTF-16 units and four UTF-8 bytes, the CJK character one unit and three bytes.
    let lines = LineTable("key: x\r\nname: a😀b中c\nlast")

    @Test func scalarColumnsBecomeCodeUnits() {
        let afterCJK = SourcePosition(line: 2, column: 11)  // the `c`
        #expect(lines.position(afterCJK, in: .utf16) == Position(line: 1, character: 11))
        #expect(lines.position(afterCJK, in: .utf8) == Position(line: 1, character: 15))
        #expect(lines.position(afterCJK, in: .utf32) == Position(line: 1, character: 10))
    }

    @Test func codeUnitsBecomeScalarColumns() {
        #expect(lines.sourcePosition(Position(line: 1, character: 11), in: .utf16) == SourcePosition(line: 2, column: 11))
        #expect(lines.sourcePosition(Position(line: 1, character: 15), in: .utf8) == SourcePosition(line: 2, column: 11))
        // Inside the emoji's surrogate pair: the emoji itself.
        #expect(lines.sourcePosition(Position(line: 1, character: 8), in: .utf16) == SourcePosition(line: 2, column: 8))
    }

    @Test func lineBreaksAreSplitAsLSPSplitsThem() {
        #expect(lines.lineCount == 3)
        #expect(lines.lineStarts == [0, 8, 25])
        #expect(lines.position(ofByte: 25, in: .utf16) == Position(line: 2, character: 0))
        #expect(SuppressionEdit.lineEnding(lines) == "\r\n")
    }

    @Test func positionsPastTheEndStayInTheText() {
        #expect(lines.position(SourcePosition(line: 9, column: 1), in: .utf16) == Position(line: 2, character: 4))
        #expect(lines.position(SourcePosition(line: 3, column: 7), in: .utf16) == Position(line: 2, character: 6))
    }

    /// Lines where every scalar is one unit are counted without walking them; each kind of line gives what counting
    /// unit by unit gives, at every column and past the end.
    @Test func everyColumnOfASCIIAndWiderLinesCountsItsUnits() {
        for text in ["plain ascii: x", "bmp: é中ü", "astral: a😀b"] {
            let table = LineTable(text), scalars = Array(text.unicodeScalars)
            for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
                for column in 1...(scalars.count + 3) {
                    let expected = scalars.prefix(column - 1).reduce(0) { $0 + encoding.units(of: $1) } + max(0, column - 1 - scalars.count)
                    #expect(table.position(SourcePosition(line: 1, column: column), in: encoding) == Position(line: 0, character: expected),
                            "\(text) column \(column) in \(encoding)")
                }
            }
        }
    }

    /// The table reads lines as byte ranges of the text; counting scalar by scalar over each line's scalars, as it
    /// first did, gives the same positions both ways and the same byte offsets, on every kind of line and line break.
    @Test func positionsMatchCountingEachLinesScalars() {
        let texts = ["", "\u{FEFF}bom: é\r\nnext", "a\rb\r\n\nc😀d\n中", "ascii only\nsecond line\n", "x\r\n\r\n😀😀\r"]
        for text in texts {
            let table = LineTable(text)
            // The reference: each line's scalars, split at LF, CR and CRLF, and where each line starts in bytes.
            var lines: [[Unicode.Scalar]] = [[]], starts = [0], offset = 0, afterCR = false
            for scalar in text.unicodeScalars {
                offset += UTF8.width(scalar)
                if scalar == "\n" && afterCR { afterCR = false; starts[starts.count - 1] = offset; continue }
                afterCR = scalar == "\r"
                if scalar == "\n" || scalar == "\r" { lines.append([]); starts.append(offset) } else { lines[lines.count - 1].append(scalar) }
            }
            #expect(table.lineCount == lines.count && table.lineStarts == starts, "\(text.debugDescription)")
            let bom = text.hasPrefix("\u{FEFF}") ? 1 : 0
            for (index, line) in lines.enumerated() {
                #expect(Array(table.scalars(ofLine: index)) == line)
                for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
                    for character in 0...(line.reduce(0) { $0 + encoding.units(of: $1) } + 2) {
                        var units = 0, column = 0, byte = starts[index]
                        for scalar in line {
                            guard units + encoding.units(of: scalar) <= character else { break }
                            units += encoding.units(of: scalar)
                            column += 1
                            byte += UTF8.width(scalar)
                        }
                        let expected = SourcePosition(line: index + 1, column: (index == 0 ? max(0, column - bom) : column) + 1)
                        let place = "\(text.debugDescription) line \(index) character \(character) in \(encoding)"
                        #expect(table.sourcePosition(Position(line: index, character: character), in: encoding) == expected, "\(place)")
                        #expect(table.byteOffset(of: Position(line: index, character: character), in: encoding) == byte, "\(place)")
                        #expect(table.position(ofByte: byte, in: encoding) == Position(line: index, character: units), "\(place)")
                    }
                }
            }
        }
    }

    @Test func theClientsPreferredEncodingIsTaken() {
        #expect(PositionEncoding.negotiated(offered: nil) == .utf16)
        #expect(PositionEncoding.negotiated(offered: ["utf-8", "utf-16"]) == .utf8)
        #expect(PositionEncoding.negotiated(offered: ["latin-1", "utf-32"]) == .utf32)
    }

    @Test func aFixAllEditCoversOnlyWhatChanged() {
        let edit = CodeActionBuilder.minimalEdit(from: Array("a: 中true\nb: 1\n".utf8), to: Array("a: 中false\nb: 1\n".utf8), encoding: .utf16)
        #expect(edit.range == LSPRange(start: Position(line: 0, character: 4), end: Position(line: 0, character: 7)))
        #expect(edit.newText == "fals")
    }
}

struct RangedChangeTests {
    @Test func aRangedChangeReplacesOnlyItsRange() throws {
        var document = OpenDocument(uri: "file:///tmp/cyclr.yaml", version: 1, text: "a: 😀x\nb: 1\n")
        let change = try JSONDecoder().decode(DidChangeTextDocumentParams.Change.self, from: Data(
            #"{"range": {"start": {"line": 0, "character": 5}, "end": {"line": 1, "character": 3}}, "text": "y\nb: "}"#.utf8))
        document.apply(change, encoding: .utf16)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "a: 😀y\nb: 1\n")
    }
}

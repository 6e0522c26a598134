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
        #expect(lines.lines.count == 3)
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

import Testing
import SetupModel
import SourceText

/// `XMLEditBuilder` keeps a metadata file's own style.
@Suite struct XMLEditBuilderTests {
    static func fixed(_ text: String, _ edit: (XMLEditBuilder, XMLElementNode) -> TextEdit?) throws -> String {
        let bytes = Array(text.utf8)
        let root = try #require(MetadataXMLReader.read(bytes).root)
        let edit = try #require(edit(XMLEditBuilder(TextIndex(bytes)), root))
        return String(decoding: [edit].applied(to: bytes), as: UTF8.self)
    }

    @Test func aCommaListGetsItsOwnSpacing() throws {
        let spaced = "<A>\n    <list>Full, Api</list>\n</A>\n", tight = "<A>\n    <list>Full,Api</list>\n</A>\n"
        #expect(try Self.fixed(spaced) { $0.append("RefreshToken", separator: ",", to: $1.children[0]) } == "<A>\n    <list>Full, Api, RefreshToken</list>\n</A>\n")
        #expect(try Self.fixed(tight) { $0.append("RefreshToken", separator: ",", to: $1.children[0]) } == "<A>\n    <list>Full,Api,RefreshToken</list>\n</A>\n")
    }

    @Test func withNoSequenceAlphabeticalChildrenStayAlphabetical() throws {
        let sorted = "<A>\n    <b>1</b>\n    <d>2</d>\n</A>\n", unsorted = "<A>\n    <d>2</d>\n    <b>1</b>\n</A>\n"
        #expect(try Self.fixed(sorted) { $0.insertChild("c", value: "3", in: $1, sequence: nil) } == "<A>\n    <b>1</b>\n    <c>3</c>\n    <d>2</d>\n</A>\n")
        #expect(try Self.fixed(unsorted) { $0.insertChild("c", value: "3", in: $1, sequence: nil) } == "<A>\n    <d>2</d>\n    <b>1</b>\n    <c>3</c>\n</A>\n")
    }

    @Test func aCommentEndingALineGoesWithTheBlanksBeforeIt() throws {
        let text = "<A>\n    <b>1</b>  <!-- x -->\n    <c>2</c> <!-- y --> <d/>\n</A>\n"
        let trailing = SourceRange(start: SourcePosition(line: 2, column: 15), end: SourcePosition(line: 2, column: 25))
        #expect(try Self.fixed(text) { builder, _ in builder.removeComment(trailing) } == "<A>\n    <b>1</b>\n    <c>2</c> <!-- y --> <d/>\n</A>\n")
        let inside = SourceRange(start: SourcePosition(line: 3, column: 14), end: SourcePosition(line: 3, column: 24))
        #expect(try Self.fixed(text) { builder, _ in builder.removeComment(inside) } == "<A>\n    <b>1</b>  <!-- x -->\n    <c>2</c>  <d/>\n</A>\n")
    }
}

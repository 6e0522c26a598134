import Testing
@testable import YAMLSource
import SourceText

func documents(_ text: String, limits: ParseLimits = .standard) throws -> (docs: [YAMLDocument], problem: YAMLProblem?) {
    var docs: [YAMLDocument] = []
    let problem = try YAMLStreamReader.read(.bytes(Array(text.utf8)), limits: limits) { docs.append($0) }
    return (docs, problem)
}

@Suite struct YAMLStreamReaderTests {
    @Test func scalarsKeepPositionsAndStyles() throws {
        let (docs, problem) = try documents("a: 1\nb:\n  - 'x'\n  - \"y\"\n")
        #expect(problem == nil)
        guard case .mapping(let pairs)? = docs.first?.root?.content else { Issue.record("not a mapping"); return }
        #expect(pairs.count == 2)
        #expect(pairs[0].key.range.start == SourcePosition(line: 1, column: 1))
        #expect(pairs[0].value.range == SourceRange(start: SourcePosition(line: 1, column: 4), end: SourcePosition(line: 1, column: 5)))
        guard case .sequence(let items) = pairs[1].value.content else { Issue.record("not a list"); return }
        #expect(items[0].scalar?.style == .singleQuoted)
        #expect(items[1].scalar?.style == .doubleQuoted)
        #expect(items[1].range.start == SourcePosition(line: 4, column: 5))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let (docs, _) = try documents("name: Zoë Ünïcode\nnext: here\n")
        guard case .mapping(let pairs)? = docs.first?.root?.content else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value.range.end.column == 18)
        #expect(pairs[1].key.range.start == SourcePosition(line: 2, column: 1))
    }

    @Test func duplicateKeysAreKept() throws {
        let (docs, _) = try documents("a: 1\na: 2\n")
        guard case .mapping(let pairs)? = docs.first?.root?.content else { Issue.record("not a mapping"); return }
        #expect(pairs.count == 2)
    }

    @Test func aliasesPointAtTheirAnchorWithoutCopying() throws {
        let (docs, _) = try documents("base: &b [x, y]\nother: *b\n")
        guard case .mapping(let pairs)? = docs.first?.root?.content,
              case .alias(let name, let target) = pairs[1].value.content else { Issue.record("no alias"); return }
        #expect(name == "b")
        #expect(target.isSameNode(as: pairs[0].value))
        #expect(pairs[1].value.range.start == SourcePosition(line: 2, column: 8))
    }

    @Test func eachDocumentComesSeparately() throws {
        let (docs, problem) = try documents("a: 1\n---\nb: 2\n---\nc: 3\n")
        #expect(problem == nil)
        #expect(docs.map(\.index) == [0, 1, 2])
        #expect(docs[1].range.start.line == 2)
    }

    @Test func syntaxErrorUsesLibyamlsWordsAndPosition() throws {
        let (_, problem) = try documents("a: 1\nb: \"open\n")
        #expect(problem?.kind == .syntax)
        #expect(problem?.message.contains("while scanning a quoted scalar") == true)
        #expect(problem?.message.contains("found unexpected end of stream") == true)
    }

    @Test func tabIndentationIsASyntaxErrorAtTheTab() throws {
        let (_, problem) = try documents("a:\n\tb: 1\n")
        #expect(problem?.kind == .syntax)
        #expect(problem?.range.start.line == 2)
    }

    @Test func invalidUTF8IsPlacedFromTheByteOffset() throws {
        var bytes = Array("a: 1\nname: ab".utf8)
        bytes.append(0xFF)
        bytes += Array("\n".utf8)
        let problem = try YAMLStreamReader.read(.bytes(bytes)) { _ in }
        #expect(problem?.kind == .syntax)
        #expect(problem?.message.contains("invalid leading UTF-8 octet") == true)
        #expect(problem?.range.start == SourcePosition(line: 2, column: 9))
    }

    @Test func byteOrderMarkDoesNotShiftColumns() throws {
        let (docs, problem) = try documents("\u{FEFF}a: 1\n")
        #expect(problem == nil)
        guard case .mapping(let pairs)? = docs.first?.root?.content else { Issue.record("not a mapping"); return }
        #expect(pairs[0].key.range.start == SourcePosition(line: 1, column: 1))
    }

    @Test func crlfLineEndsCountAsOneBreak() throws {
        let (docs, _) = try documents("a: 1\r\nb: 2\r\n")
        guard case .mapping(let pairs)? = docs.first?.root?.content else { Issue.record("not a mapping"); return }
        #expect(pairs[1].key.range.start == SourcePosition(line: 2, column: 1))
    }

    @Test func emptyInputHasNoDocuments() throws {
        let (docs, problem) = try documents("")
        #expect(docs.isEmpty)
        #expect(problem == nil)
    }

    @Test func nestingBeyondTheLimitStopsTheDocument() throws {
        let deep = String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n"
        let (docs, problem) = try documents(deep)
        #expect(problem == nil)
        #expect(docs.first?.root == nil)
        #expect(docs.first?.problem?.kind == .limit)
        #expect(docs.first?.problem?.range.start == SourcePosition(line: 1, column: 101))
    }

    @Test func aliasExpansionBeyondTheLimitStopsTheDocument() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 1...6 {
            let name = "l\(level)"
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let (docs, _) = try documents(text)
        #expect(docs.first?.problem?.kind == .limit)
        #expect(docs.first?.problem?.message.contains("100000") == true)
    }

    @Test func undefinedAliasIsReported() throws {
        let (docs, _) = try documents("a: *nowhere\n")
        #expect(docs.first?.problem?.message == "found undefined alias *nowhere")
    }

    @Test func fileLimitStopsReading() throws {
        let (_, problem) = try documents(String(repeating: "a: 1\n", count: 100), limits: ParseLimits(maxFileBytes: 50))
        #expect(problem?.kind == .limit)
    }

    @Test func nulByteIsASyntaxError() throws {
        let (_, problem) = try documents("a: b\u{0}c\n")
        #expect(problem?.kind == .syntax)
        #expect(problem?.range.start == SourcePosition(line: 1, column: 5))
    }
}

@Suite struct SyntaxRecoveryTests {
    @Test func aBrokenMiddleDocumentDoesNotHideTheNextOne() throws {
        let (docs, problem) = try documents("a: 1\n---\nb: [1, 2\nc: x\n---\nd: 4\n")
        #expect(docs.count == 3)
        #expect(docs[1].problem?.kind == .syntax)
        #expect(docs[1].root == nil)
        guard case .mapping(let pairs)? = docs[2].root?.content else { Issue.record("third document lost"); return }
        #expect(pairs[0].key.range.start == SourcePosition(line: 6, column: 1))
        #expect(docs[2].index == 2)
    }

    @Test func aSyntaxErrorInTheLastDocumentEndsTheStream() throws {
        let (docs, problem) = try documents("a: 1\n---\nb: [\n")
        #expect(docs.count == 1)
        #expect(problem?.kind == .syntax)
    }

    @Test func crlfDocumentMarkersAreFound() throws {
        let (docs, _) = try documents("a: 'x\r\n---\r\nb: 2\r\n")
        #expect(docs.count == 2)
        #expect(docs[1].root != nil)
    }
}

@Suite struct DepthLimitTests {
    @Test func parsingStopsAtTheDepthLimitAndResumesAtTheNextDocument() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let (docs, problem) = try documents("a: 1\n---\n\(deep)\n---\nb: 2\n")
        #expect(problem == nil)
        #expect(docs.count == 3)
        #expect(docs[1].problem?.kind == .limit)
        #expect(docs[2].root != nil)
    }
}

import Testing
import YAMLSource
@testable import SetupModel
import SourceText

@Suite struct MetadataXMLReaderTests {
    static func read(_ text: String) -> XMLReadResult { MetadataXMLReader.read(Array(text.utf8)) }

    static func position(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    @Test func elementsKeepTheirPositions() throws {
        let result = Self.read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <label>Acme &amp; Co</label>
            <oauthConfig><scopes>Full</scopes></oauthConfig>
        </ConnectedApp>
        """)
        #expect(result.problem == nil)
        let root = try #require(result.root)
        #expect(root.name == "ConnectedApp")
        #expect(root.nameRange == SourceRange(start: Self.position(2, 2), end: Self.position(2, 14)))
        #expect(root.range.start == Self.position(2, 1))
        #expect(root.range.end == Self.position(5, 16))
        let label = try #require(root.child(named: "label"))
        #expect(label.text == "Acme & Co")
        #expect(label.trimmedText.text == "Acme & Co")
        #expect(label.trimmedText.range == SourceRange(start: Self.position(3, 12), end: Self.position(3, 25)))
        let scopes = try #require(root.child(named: "oauthConfig")?.child(named: "scopes"))
        #expect(scopes.nameRange.start == Self.position(4, 19))
        #expect(scopes.trimmedText.range == SourceRange(start: Self.position(4, 26), end: Self.position(4, 30)))
    }

    @Test func columnsCountUnicodeScalarsAndCRLFIsOneLineBreak() throws {
        let result = Self.read("<ConnectedApp>\r\n<label>Café ☕</label><contactEmail>a@b.example</contactEmail>\r\n</ConnectedApp>")
        let root = try #require(result.root)
        let email = try #require(root.child(named: "contactEmail"))
        #expect(email.nameRange.start == Self.position(2, 23))
        #expect(root.range.end == Self.position(3, 16))
    }

    @Test func textLinesSplitOnLineBreaksWithTheirOwnRanges() throws {
        let result = Self.read("<a><callbackUrl>https://x.example/cb?a=1&amp;b=2\n\nhttp://y.example/cb</callbackUrl></a>")
        let callback = try #require(result.root?.child(named: "callbackUrl"))
        let lines = callback.textLines()
        #expect(lines.map(\.text) == ["https://x.example/cb?a=1&b=2", "http://y.example/cb"])
        #expect(lines[0].range == SourceRange(start: Self.position(1, 17), end: Self.position(1, 49)))
        #expect(lines[1].range == SourceRange(start: Self.position(3, 1), end: Self.position(3, 20)))
    }

    @Test func prefixedNamesAndSelfClosingElements() throws {
        let result = Self.read("<m:ConnectedApp xmlns:m=\"http://soap.sforce.com/2006/04/metadata\"><m:label/><m:description>x</m:description></m:ConnectedApp>")
        let root = try #require(result.root)
        #expect(root.name == "ConnectedApp")
        #expect(root.children.map(\.name) == ["label", "description"])
        #expect(root.child(named: "label")?.text == "")
    }

    @Test func commentsAreKeptWithPositions() throws {
        let result = Self.read("<ConnectedApp>\n  <!-- connectlint-disable-next-line unknown-scope -->\n  <label>x</label>\n</ConnectedApp>")
        #expect(result.comments == [SourceComment(xmlText: " connectlint-disable-next-line unknown-scope ",
                                               range: SourceRange(start: Self.position(2, 3), end: Self.position(2, 55)))])
    }

    @Test func cdataIsText() throws {
        let result = Self.read("<a><label><![CDATA[x < y]]></label></a>")
        #expect(result.root?.child(named: "label")?.text == "x < y")
    }

    /// As libxml2 reports them: line breaks in character data become LF (not in CDATA, nor `&#xD;`),
    /// comments and processing instructions are no text, and character references are decoded once.
    @Test func textIsDecodedAsLibxml2DoesIt() throws {
        let root = try #require(Self.read("<a><b>x\r\ny\rz&#xD;</b><c><![CDATA[p\r\nq]]></c><d>1<!-- c -->2<?pi data?>3</d><e>&#38;amp; &#x1F600;</e></a>").root)
        #expect(root.children.map(\.text) == ["x\ny\nz\r", "p\r\nq", "123", "&amp; 😀"])
    }

    /// Names are XML 1.0 names, such as `a·b` or an accented letter written with a combining mark
    /// (the reader before this one read names as letters and digits only, and rejected these).
    @Test func namesFollowXML10() throws {
        let root = try #require(Self.read("<a\u{B7}b><e\u{301}/><_x-1.2/></a\u{B7}b>").root)
        #expect(root.qualifiedName == "a\u{B7}b")
        #expect(root.children.map(\.qualifiedName) == ["e\u{301}", "_x-1.2"])
    }

    /// `XMLParser` crashed on a processing instruction without data; it is well-formed XML.
    @Test func processingInstructionWithoutDataIsRead() throws {
        #expect(Self.read("<a><?x?></a>").root?.name == "a")
    }

    /// Every malformed input gives one `xml-syntax` at a position, never a crash.
    @Test(arguments: [
        ("<ConnectedApp>\n  <label>x</label>\n", 1, 2, "is never closed"),
        ("<ConnectedApp>\n  <oauthConfig>\n    <scopes>Full</scopes>\n</ConnectedApp>\n", 4, 3, "does not match `<oauthConfig>` opened on line 2"),
        ("<ConnectedApp>\n  <label>x &nbsp; y</label>\n</ConnectedApp>", 2, 12, "undefined entity `&nbsp;`"),
        ("<a>AT&T</a>", 1, 6, "bare `&`"),
        ("hello, this is not XML\n", 1, 1, "not XML"),
        ("", 1, 1, "empty"),
        ("  \n\n", 1, 1, "empty"),
        ("<a></a></a>", 1, 10, "never opened"),
        ("<a></a>\n<b/>", 2, 2, "second root element"),
        ("<a><!-- open", 1, 4, "never ends"),
        ("<a>\n<!-- x -- y --></a>", 2, 8, "`--` inside a comment"),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"xx\">]><a>&x;</a>", 2, 1, "DOCTYPE"),
        ("<a>\u{1}</a>", 1, 4, "control character"),
        ("<a><b attr=\"1\" x></b></a>", 1, 16, "the attribute `x` has no `=` and value"),
        ("<a c=\"1\" c=\"2\"/>", 1, 10, "the attribute `c` is given twice in `<a>`"),
        ("<a c=\"1\"d=\"2\"/>", 1, 9, "separated by white space"),
        ("<a c=1/>", 1, 6, "not in quotes"),
        ("<a/ >", 1, 3, "does not belong here in the start tag `<a`"),
        ("<a:b:c/>", 1, 2, "not a valid name"),
        ("<a>&#0;</a>", 1, 4, "not a character XML allows"),
        ("<a>&#x41</a>", 1, 4, "bare `&`"),
        ("<a>x]]>y</a>", 1, 5, "`]]>` in text"),
        ("<a/>&amp;", 1, 5, "text after the root element"),
        ("<a><!--x---></a>", 1, 9, "`--` inside a comment"),
        ("<a/>\n<?xml version=\"1.0\"?>", 2, 1, "may only stand at the very start"),
        ("<a><?XML x?></a>", 1, 6, "reserved"),
        ("<a><?x\"y?></a>", 1, 7, "a space is needed between"),
        ("<?xml version=\"1.1\"?><a/>", 1, 16, "XML version `1.1`"),
        ("<?xml encoding=\"UTF-8\"?><a/>", 1, 7, "must start with `version=\"1.0\"`"),
        ("<a:b/>", 1, 2, "namespace prefix `a` of `<a:b>` is not declared"),
        ("<a b:c=\"1\"/>", 1, 4, "namespace prefix `b` of the attribute `b:c`"),
        ("<a xmlns=\"foo\"/>", 1, 11, "not an absolute URI"),
        ("<a xmlns=\"http://a b\"/>", 1, 11, "must be a URI"),
        ("<a></b", 1, 4, "never finished"),
        ("<a>< b</a>", 1, 4, "does not start a tag"),
        ("<!-- only a comment -->", 1, 24, "no XML element"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", 1, 21, "encoding"),
    ] as [(String, Int, Int, String)])
    func malformedInputGivesXMLSyntax(text: String, line: Int, column: Int, message: String) throws {
        let result = Self.read(text)
        let problem = try #require(result.problem)
        #expect(problem.kind == .xmlSyntax)
        #expect(problem.message.contains(message), "\(problem.message)")
        #expect(problem.range.start == Self.position(line, column), "\(problem.message)")
        #expect(result.root == nil)
    }

    @Test func encodingsThatAreNotUTF8() throws {
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<a/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(MetadataXMLReader.read(utf16).problem?.message.contains("UTF-16") == true)
        let bigEndianNoBOM = Array("<a/>".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(MetadataXMLReader.read(bigEndianNoBOM).problem?.message.contains("UTF-16") == true)
        let invalid: [UInt8] = Array("<a>\n  ".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        let problem = try #require(MetadataXMLReader.read(invalid).problem)
        #expect(problem.message.contains("not valid UTF-8"))
        #expect(problem.range.start == Self.position(2, 3))
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a><b/></a>".utf8)
        #expect(MetadataXMLReader.read(bom).root?.child(named: "b")?.nameRange.start == Self.position(1, 5))
    }

    @Test func sizeAndDepthLimits() throws {
        let deep = String(repeating: "<a>", count: 150) + String(repeating: "</a>", count: 150)
        #expect(MetadataXMLReader.read(Array(deep.utf8)).problem?.message.contains("deeper than 100") == true)
        let big = MetadataXMLReader.read(Array("<a/>".utf8), limits: ParseLimits(maxFileBytes: 2))
        #expect(big.problem?.kind == .inputLimit)
    }
}

extension MetadataXMLReaderTests {
    /// Knuth's MMIX linear congruential generator: deterministic, so a failing mutation can be replayed.
    struct Congruential: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    /// `bytes` with one to four (or `edits`) flipped, cut, repeated or inserted runs (a fragment, or 30 bytes of its own).
    static func mutated(_ bytes: [UInt8], inserting fragments: [[UInt8]], edits: ClosedRange<Int> = 1...4,
                        using random: inout Congruential) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: edits, using: &random) {
            let at = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 2: bytes.insert(contentsOf: fragments.randomElement(using: &random)!, at: at)
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 30)], at: at)
            }
        }
        return bytes
    }

    /// Mutated Connected Apps (flipped, cut, repeated and inserted bytes, markup fragments) are read
    /// and mapped without a crash: each gives a tree or one positioned problem.
    @Test func mutatedFilesNeverCrash() {
        let valid = Array(ConnectedAppMapperTests.valid.utf8)
        let fragments: [[UInt8]] = ["<", ">", "&", "&amp", "]]>", "<![CDATA[", "<!--", "-->", "</oauthConfig>", "<scopes>", "\"", "\u{0}", "\r", "\u{FEFF}", "&#0;", "&#x110000;"]
            .map { Array($0.utf8) }
        var random = Congruential(state: 6)
        for _ in 0..<3000 {
            let bytes = Self.mutated(valid, inserting: fragments, using: &random)
            let result = MetadataXMLReader.read(bytes)
            #expect((result.root == nil) == (result.problem != nil))
            if let root = result.root { _ = ConnectedAppMapper.map(root, apiName: "Fuzzed", origin: ValueOrigin(file: 0, format: .connectedApp)) }
            if let problem = result.problem { #expect(problem.range.start.line >= 1 && problem.range.start.column >= 1) }
        }
    }
}

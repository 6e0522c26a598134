import Testing
import Foundation
@testable import SetupModel
import SourceText
import TestSupport

/// The metadata reader is our own code; these tests hold it to libxml2's verdicts (through
/// Foundation's `XMLParser`, read as the reader once did) on the package's XML files, several
/// thousand mutations of them, and hand-written edge cases.
@Suite struct XMLReaderAgreesWithLibxml2Tests {
    /// Markup that libxml2 and XML 1.0 have rules for, one rule at a time.
    static let edgeCases: [String] = [
        "<a>x</a>",
        "<a:b>x</a:b>",
        "<a:b xmlns:a=\"u\">x</a:b>",
        "<a:b xmlns:a=\"http://x\">x</a:b>",
        "<a xmlns=\"foo\">x</a>",
        "<a xmlns=\"http://a b\">x</a>",
        "<a xmlns=\"\">x</a>",
        "<a xmlns:p=\"\">x</a>",
        "<a xmlns:xml=\"http://x\">x</a>",
        "<a xmlns:xmlns=\"http://x\">x</a>",
        "<a xmlns=\"http://www.w3.org/XML/1998/namespace\">x</a>",
        "<a b:c=\"1\">x</a>",
        "<a xml:lang=\"en\">x</a>",
        "<a xmlns:p=\"http://x\" xmlns:q=\"http://x\" p:c=\"1\" q:c=\"2\">x</a>",
        "<a xmlns=\"http://x\" xmlns=\"http://y\">x</a>",
        "<a c=\"1\" c=\"2\">x</a>",
        "<a c=\"1\"d=\"2\">x</a>",
        "<a c=1>x</a>",
        "<a c>x</a>",
        "<a c=\"<\">x</a>",
        "<a c=\"&#0;\">x</a>",
        "<a>&#0;</a>",
        "<a>&#xD800;</a>",
        "<a>&#x110000;</a>",
        "<a>&#x;</a>",
        "<a>&#12a;</a>",
        "<a>&#X41;</a>",
        "<a>&#x41;&#65;</a>",
        "<a>]]></a>",
        "<a>]]</a>",
        "<a>]></a>",
        "<?xml version=\"1.0\"?><a/>",
        " <?xml version=\"1.0\"?><a/>",
        "\n<?xml version=\"1.0\"?><a/>",
        "<a/><?xml version=\"1.0\"?>",
        "<a><?xml version=\"1.0\"?></a>",
        "<a><?XML x?></a>",
        "<a><?xMl x?></a>",
        "<a><?xmlfoo x?></a>",
        "<a><? x?></a>",
        "<a><?x y?></a>",
        "<a><?x\ny?></a>",
        "<?xml encoding=\"UTF-8\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"yes\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><a/>",
        "<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>",
        "<?xml version=\"1.1\"?><a/>",
        "<?xml version=\"2.0\"?><a/>",
        "<?xml version=\"1.x\"?><a/>",
        "<?xml version='1.0'?><a/>",
        "<?xml version=\"1.0\" ?><a/>",
        "<?xml version = \"1.0\" ?><a/>",
        "<?xml version=\"1.0\" foo=\"bar\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?><a/>",
        "<?xml version=\"1.0\"><a/>",
        "<?xml version=\"1.0\" encoding=\"utf8\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF 8\"?><a/>",
        "<a/>x",
        "<a/> x",
        "<a/><b/>",
        "<a/><!-- c -->",
        "<a/><?pi x?>",
        "<a></a >",
        "<a></ a>",
        "<a></a\n>",
        "<a ></a>",
        "<a/ >",
        "<a x=\"1\"/>",
        "<a x=\"1\"/ >",
        "<1a/>",
        "<a1/>",
        "<-a/>",
        "<.a/>",
        "<a-b.c_d/>",
        "<\u{E9}/>",
        "<a\u{B7}b/>",
        "<a\u{300}/>",
        "<_/>",
        "<:a/>",
        "<a:/>",
        "<a:b:c xmlns:a=\"http://x\"/>",
        "<a>x<b/>y</a>",
        "<a>&lt;&amp;&gt;&quot;&apos;</a>",
        "<a><![CDATA[<&]]></a>",
        "<a>x<![CDATA[y]]>z</a>",
        "<a><b>x</b>text</a>",
        "<a>\t</a>",
        "<a c='1\"'/>",
        "<a c=\"1' />",
        "<a c=\"&lt;\"/>",
        "<a c=\"&amp\"/>",
        "<a c=\" 1 \"/>",
        "<a c=\"\n\"/>",
        "<a c = \"1\"/>",
        "<a\nc=\"1\"/>",
        "<a c=\"1\"\n/>",
        "<a>&#x9;&#xA;&#xD;&#x20;</a>",
        "<a>&#xFFFE;</a>",
        "<a>&#xFFFD;</a>",
        "<a>&#x1F600;</a>",
        "<a>&#1;</a>",
        "<a>&#0000065;</a>",
        "<a>&#x0041;</a>",
        "<a>&#;</a>",
        "<a>&#-1;</a>",
        "<a>&#+65;</a>",
        "<a>&#x+41;</a>",
        "<a>&# 65;</a>",
        "<a>&#99999999999999999;</a>",
        "<a><!--x--></a>",
        "<a><!---x--></a>",
        "<a><!--x---></a>",
        "<a><!----></a>",
        "<a><!-- x - y --></a>",
        "<!-- c --><?xml version=\"1.0\"?><a/>",
        "<a><?pi ?></a>",
        "<a><?pi x ?></a>",
        "<a><?pi\tx?></a>",
        "<a><![CDATA[x]]]></a>",
        "<a><![cdata[x]]></a>",
        "<a><!ELEMENT x></a>",
        "<a><b></a>",
        "<a></a></a>",
        "<a>x",
        "<a>x</a",
        "<a b=\"1\" b=\"1\"/>",
        "<a xmlns:p=\"http://x\" p:b=\"1\" p:b=\"2\"/>",
        "<a xmlns:p=\"http://x\"><p:b/></a>",
        "<a><p:b xmlns:p=\"http://x\"/><p:c/></a>",
        "<a xmlns:p=\"http://x%zz\"/>",
        "<a xmlns=\"http://x%41\"/>",
        "<a xmlns=\"http://x#a#b\"/>",
        "<a xmlns=\"urn:x\"/>",
        "<a xmlns=\"x:y z\"/>",
        "<a xmlns=\"http://\u{E9}\"/>",
        "<a xmlns=\"http://[::1]/\"/>",
        "<a xmlns=\"http://x/{y}\"/>",
        "<a xmlns=\"#frag\"/>",
        "<a xmlns=\"/path\"/>",
        "<a xmlns=\"1http://x\"/>",
        "<a xmlns=\"http://soap.sforce.com/2006/04/metadata\">x</a>",
        "<a xmlns=\"http://x&amp;y\"/>",
        "<a xmlns=\"http://x&lt;y\"/>",
        "<a xmlns:p=\"http://x\" xmlns:p=\"http://y\"/>",
        "<a xmlns=\"http://www.w3.org/2000/xmlns/\"/>",
        "<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>",
        "<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<xmlns:a/>",
        "<xml:a/>",
        "<a xmlns:b=\"http://x\" b:xmlns=\"1\"/>",
        "<a x:y=\"1\"/>",
        "<a xml:y=\"1\" xml:y=\"2\"/>",
        "<a xmlns:p=\"http://x\" xmlns:q=\"http://x\" p:c=\"1\" c=\"2\"/>",
        "<a xmlns=\"http://x\" c=\"1\" xmlns:p=\"http://x\" p:c=\"2\"/>",
        "<a></a:b>",
        "<a:b xmlns:a=\"http://x\"></a:c>",
        "<a/>\n\n",
        "<a/>&amp;",
        "<a/><![CDATA[x]]>",
        "<a>\u{FEFF}</a>",
        "&amp;<a/>",
        "<a c=\"a\tb\"/>",
        "<a>&#x20;</a>",
        "<a c=\"]]>\"/>",
        "<a>x]]>y</a>",
        "<a>x]]y>z</a>",
        "<a>]]]></a>",
        "\ny",
        "z</a>",
        "<a><![CDATA[x",
        "z]]></a>",
        "<a>&#xD;&#13;</a>",
        "<a xml:space=\"x\"/>",
        "<a xml:space=\"default\"/>",
        "<a xml:lang=\"!!\"/>",
        "<a><?xml-stylesheet x?></a>",
        "<a><?xml-model x?></a>",
        "<a><?XML-stylesheet x?></a>",
        "<a><?xml-foo x?></a>",
        "<a><?a:b x?></a>",
        "<a><?x\"y?></a>",
        "<?xml ?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><a/>",
        "<?xml  version=\"1.0\"?><a/>",
        "<?xml\nversion=\"1.0\"?><a/>",
        "<?xml version=\"1.0\"  standalone='no'?><a/>",
        "<?xml version=\"1.0\" encoding=\"\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"standalone=\"no\"?><a/>",
        "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>",
        "<?xml version=\"1.0\"?> <a/>",
        "<?xml version=\"1.0\" standalone = \"yes\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"YES\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" encoding=\"UTF-8\"?><a/>",
        "<?xml version=\"1.0\" version=\"1.0\"?><a/>",
        "<?xml version=1.0?><a/>",
        "<?xml version=\"1.0'?><a/>",
        "<?xml version=\"1.0\"?x><a/>",
        "<?xml version=\"1.0\"? ><a/>",
        "<?xml version=\"1.0\"?\n<a/>",
        "<?xml\tversion=\"1.0\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"\n?><a/>",
        "<?xml version=\"1.00\"?><a/>",
        "<?xml version=\"1.\"?><a/>",
        "<?xml version=\" 1.0\"?><a/>",
        "<?xml Version=\"1.0\"?><a/>",
        "<a>x<!--c-->y</a>",
        "<a>x<?p d?>y</a>",
        "<a>&#38;amp;</a>",
        "<a/>\u{A0}",
        "</a\u{A0}>",
        "<a></a\u{A0}>",
        "<a\u{A0}b=\"1\"/>",
        "<a 1=\"x\"/>",
        "<a b='1'c='2'/>",
        "<a b=\"&nbsp;\"/>",
        "<a>&#x41</a>",
        "<a>&#65</a>",
        "<a xmlns:=\"http://x\"/>",
        "<a xmlns:p:q=\"http://x\"/>",
        "<a p:b:c=\"1\" xmlns:p=\"http://x\"/>",
        "<a xmlns:a=\"http://x\"><a:b/></a>",
        "<a><b xmlns:p=\"http://x\"/><p:c/></a>",
        "<p:a xmlns:p=\"http://x\"/>",
        "<a p:b=\"1\" xmlns:p=\"http://x\"/>",
        "<a b=\"1\" xmlns:p=\"http://x\" p:b=\"2\"/>",
        "<a xmlns=\"http:x\"/>",
        "<a xmlns=\"mailto:a@b\"/>",
        "<a xmlns=\"http://x:80/\"/>",
        "<a xmlns=\"http://x:8a/\"/>",
        "<a xmlns=\"http://[x]/\"/>",
        "<a xmlns=\"http://a%2\"/>",
        "<a xmlns=\"http://a%\"/>",
        "<a xmlns=\"http://a|b\"/>",
        "<a xmlns=\"a:b:c\"/>",
        "<a xmlns=\"http://x/?q=1&amp;r#f\"/>",
        "<a xmlns=\"http://x/%E9\"/>",
        "<a xmlns=\"http://user@host\"/>",
        "<a xmlns=\"http://user:pw@host\"/>",
        "<a xmlns=\"x\"/>",
        "<a xmlns=\"http://\"/>",
        "<a xmlns=\"http:\"/>",
        "<a xmlns=\"h+t-t.p://x\"/>",
        "<a xmlns=\"ht_tp://x\"/>",
        "<a xmlns=\"http://x/~\"/>",
        "<a xmlns=\"http://x/'\"/>",
        "<a xmlns='http://x/\"'/>",
        "<a xmlns=\"http://x/`\"/>",
        "<a xmlns=\"http://x/^\"/>",
        "<a xmlns=\"http://x/\\\"/>",
        "<a xmlns=\"http://x/[]\"/>",
        "<a xmlns=\"http://x?[]\"/>",
        "<a xmlns=\"http://x#[]\"/>",
        "<a xmlns=\"http://x#a?b/c\"/>",
        "<a xmlns=\"http://a@b@c\"/>",
        "<a xmlns=\"http://a b\"/>",
        "<a xmlns=\" http://a\"/>",
        "<a xmlns=\"http://a\tb\"/>",
        "<a xmlns=\"http:///x\"/>",
        "<a xmlns=\"http://x:/\"/>",
        "<a xmlns=\"http://x::80/\"/>",
        "<a xmlns=\"http://[::1\"/>",
        "<a xmlns=\"http://[::1]x/\"/>",
        "<a xmlns=\"http://[::1]:80/\"/>",
        "<a xmlns=\"http://x%41%\"/>",
        "<a xmlns=\"a:\"/>",
        "<a xmlns=\"a:/\"/>",
        "<a xmlns=\"a://\"/>",
        "<a xmlns=\"a:?\"/>",
        "<a xmlns=\"a:#\"/>",
        "<a xmlns=\"A:b\"/>",
        "<a xmlns=\"1:b\"/>",
        "<a xmlns=\"+:b\"/>",
        "<a xmlns=\":b\"/>",
        "<a xmlns=\"a!$&amp;'()*+,;=:b\"/>",
        "<a xmlns:p=\"x y\"/>",
        "<a xmlns:p=\"#f\"/>",
        "<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\" p:b=\"1\"/>",
        "<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\" xml:b=\"1\"/>",
        "<a xml:b=\"1\" xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<a b=\"1\" b=\"2\" c=\"3\"/>",
        "<a:b xmlns:a=\"http://x\"></a:b >",
        "<a></a:>",
        "<a>&lt</a>",
        "<a>&amp ;</a>",
        "<a>&a.b;</a>",
        "<a>&1;</a>",
        "<a>&;</a>",
        "<a>&#x1;</a>",
        "<a>&#x9</a>",
        "<a>&#9;</a>",
        "<a><b/>\u{A0}</a>",
        "<a b=\"x&#x1;\"/>",
        "<a b=\"x&#9;y\"/>",
        "<a b=\"&\"/>",
        "<a b=\"&a\"/>",
        "<a b=\"&#60;\"/>",
        "<a b=\"x'y\"/>",
        "<a b=\"\"/>",
        "<a b=''/>",
        "<a b=\"1\"/c/>",
        "<a b=\"1\"c/>",
        "<a/b>",
        "<a b=\"1\"x/>",
        "<a\n\n/>",
        "<a\u{2028}/>",
        "<a>x</a>\u{2028}",
        "<a>\u{85}</a>",
        "<a\u{85}/>",
        "<a>x</a><!--x-->\n<?p x?>",
        "<a><?x?></a>",
        "<?xml?><a/>",
        "<a><?x-y?></a>",
        "<?pi?><a/>",
        "<a>x\r\ny\rz</a>",
        "<a>\r</a>",
        "<a>\r\n</a>",
        "<a><b/>\r\n</a>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>",
        "<a xmlns=\"http://soap.sforce.com/2006/04/metadata\"><b>&#169; &#xA9;</b></a>",
        "<a/><!-- open", "<a/><?pi x", "<a/>\n<", "<a/><", "<a/></", "<a/><![CDATA[x",
        "<a:b xmlns:a=\"http://x\"><a:c><a:d>t</a:d></a:c></a:b>",
        "<a xmlns:p=\"http://x\"><b xmlns:p=\"http://y\"><p:c/></b><p:d/></a>",
        String(repeating: "<a>", count: 150) + String(repeating: "</a>", count: 150),
        "\u{FEFF}<?xml version=\"1.0\"?><a/>", "\u{FEFF} <?xml version=\"1.0\"?><a/>", "\u{FEFF} <a/>", "<a>x</a>\u{FEFF}",
        "<a>&#x10FFFF;</a>", "<a b=\"&#x10FFFF;\"/>", "<a xml:space=\"preserve\"/>", "<a>\u{2028}</a>",
        "<a xmlns:p=\"http://x\" p:b=\"1\"><p:c p:b=\"2\"/></a>", "<a xmlns:p=\"http://x&#32;\"/>", "<a xml:space=\"default&#9;\"/>",
    ]

    static let fragments: [[UInt8]] = [
        "<", ">", "&", "&amp", "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&#65;", "&#x4", "]]>", "<![CDATA[", "<!--", "-->", "--",
        "<?xml", "<?xml version=\"1.0\"?>", "<?pi x?>", "?>", "a=\"", "\"", "'", "=", " ", "/", "/>", "</", ":", "x:", "<x:y>", "</x:y>",
        " a=\"1\" a=\"2\"", " xmlns:p=\"\"", " xmlns=\"rel\"", " xml:space=\"x\"", "\u{0}", "\r", "\r\n", "\u{A0}", "\u{FEFF}", "\u{B7}", "<!DOCTYPE a>",
        "</oauthConfig>", "<scopes>", "\u{E9}", "<!-- c -->", "<![CDATA[x]]>", "&lt;", "&#x41;", "\n", "\t", "<?pi data?>", "<b/>",
    ].map { Array($0.utf8) }

    /// The package's XML files: samples, fixtures and report goldens.
    static let corpus: [String] = ["SampleConfigs", "Tests"].flatMap { folder in
        Fixtures.files(under: folder) { $0.hasSuffix(".xml") || $0.hasSuffix(".connectedApp") }
    }

    /// Per file: mutations of one to four edits, and of a single edit (more of which stay well-formed).
    static let mutationsPerFile = (many: 80, single: 80)

    static func inputs() throws -> [(name: String, bytes: [UInt8])] {
        var inputs = edgeCases.enumerated().map { ("edge case \($0.offset): \($0.element.debugDescription)", Array($0.element.utf8)) }
        for path in corpus {
            let bytes = Array(try Data(contentsOf: Fixtures.url(path)))
            inputs.append((path, bytes))
            var random = MetadataXMLReaderTests.Congruential(state: UInt64(truncatingIfNeeded: path.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
            for number in 0..<(mutationsPerFile.many + mutationsPerFile.single) {
                let edits = number < mutationsPerFile.many ? 1...4 : 1...1
                inputs.append(("\(path) mutation \(number)", MetadataXMLReaderTests.mutated(bytes, inserting: fragments, edits: edits, using: &random)))
            }
        }
        return inputs
    }

    /// Where we reject on purpose what libxml2 accepts: a part of our message, and why.
    static let deliberateDifferences: [(message: String, reason: String)] = [
        ("a `<!` declaration (such as DOCTYPE)", "DOCTYPE is refused, so that no entity can expand or reach outside the file"),
        ("but Salesforce metadata files are UTF-8", "an encoding other than UTF-8 is refused (libxml2 would transcode it); metadata files are UTF-8"),
        ("a space is needed before `standalone`", "XML 1.0 [32] needs the space; libxml2 skips that check after `encoding=\"UTF-8\"`"),
        ("elements nest deeper than", "ParseLimits.maxDepth is lower than libxml2's limit"),
        ("never ends", "XMLParser never tells libxml2 that the input has ended, so it accepts a file cut inside a comment, CDATA section or processing instruction after the root"),
    ]

    /// Every input libxml2 rejects, we reject; every input it accepts, we accept with the same
    /// element names and texts, except the deliberate differences above.
    @Test func agreesWithLibxml2() throws {
        var compared = 0
        var rejectedByBoth = 0
        for (name, bytes) in try Self.inputs() {
            let ours = MetadataXMLReader.read(bytes)
            if String(validating: bytes, as: UTF8.self) == nil {
                #expect(ours.problem != nil, "\(name) is not UTF-8, we accept it")
                continue
            }
            if Self.hasProcessingInstructionWithoutData(bytes) { continue }
            compared += 1
            let reference = Libxml2Reference(bytes)
            guard let root = reference.root else {
                #expect(ours.problem != nil, "libxml2 rejects \(name) (\(reference.error ?? "")), we accept it")
                rejectedByBoth += ours.problem == nil ? 0 : 1
                continue
            }
            if let problem = ours.problem {
                let deliberate = Self.deliberateDifferences.contains { problem.message.contains($0.message) }
                #expect(deliberate, "libxml2 accepts \(name), we reject it: \(problem.range.start.line):\(problem.range.start.column): \(problem.message)")
            } else if let ourRoot = ours.root {
                #expect(Self.tree(ourRoot) == root, "\(name): we read \(Self.tree(ourRoot)), libxml2 \(root)")
            }
        }
        #expect(compared > 7_000)
        #expect(rejectedByBoth > 1_000 && compared - rejectedByBoth > 1_000, "\(compared) compared, \(rejectedByBoth) rejected by both")
    }

    static func tree(_ node: XMLElementNode) -> Libxml2Reference.Node {
        Libxml2Reference.Node(name: node.qualifiedName, text: node.text, children: node.children.map(tree))
    }

    /// `XMLParser` crashes on two kinds of input, which are therefore not compared: it dereferences
    /// a null pointer on a processing instruction without data (`<?x?>`, well-formed), and
    /// force-unwraps a name that is not UTF-8 (bytes we reject before scanning, as libxml2 does).
    static func hasProcessingInstructionWithoutData(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "?") {
                var cursor = index + 2
                while cursor < bytes.count, !" \t\r\n?".utf8.contains(bytes[cursor]) { cursor += 1 }
                if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "?"), bytes[cursor + 1] == UInt8(ascii: ">") { return true }
            }
            index += 1
        }
        return false
    }
}

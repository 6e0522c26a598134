import YAMLSource
import SourceText

/// A problem the scanner found, with the position to report.
struct ScanProblem: Error {
    let message: String
    let range: SourceRange
    let help: String
}

/// Reads the raw text of an XML document into positioned elements, tracking the line and column (in
/// Unicode scalars) of every tag, and checks that it is well-formed XML 1.0 with namespaces, as
/// libxml2 (Foundation's `XMLParser`) would: each problem is thrown with its position and what to do.
/// DOCTYPE declarations are refused, so that no entity can expand or reach outside the file.
struct XMLScanner {
    /// An element whose end tag has not been read yet.
    struct OpenElement {
        let name: String
        let nameRange: SourceRange
        let startTagStart: SourcePosition
        /// The prefixes its start tag declares (bound in `namespaces` until it ends).
        let declaredPrefixes: [String]
        /// Scalar offset and position of the content after the start tag.
        let contentStart: Int
        let contentPosition: SourcePosition
        /// Character data so far, references and CDATA decoded, line breaks as libxml2 reports them.
        var text = ""
        var children: [XMLElementNode] = []
    }

    let scalars: [Unicode.Scalar]
    var index = 0
    var tracker = PositionTracker()
    var position: SourcePosition { tracker.position }
    private(set) var root: XMLElementNode?
    private(set) var comments: [SourceComment] = []
    var open: [OpenElement] = []
    /// The namespace each prefix stands for, innermost declaration last.
    var namespaces: [String: [String]] = [:]
    var rootClosed = false
    let maxDepth: Int

    init(scalars: [Unicode.Scalar], maxDepth: Int) {
        self.scalars = scalars
        self.maxDepth = maxDepth
    }

    mutating func scan() throws {
        while index < scalars.count {
            if scalars[index] == "<" {
                try markup()
            } else {
                try text()
            }
        }
        if let innermost = open.last {
            throw ScanProblem(message: "`<\(innermost.name)>` is never closed: the file ends before its `</\(innermost.name)>`",
                              range: innermost.nameRange, help: "Add `</\(innermost.name)>` where the element ends.")
        }
        if root == nil {
            throw ScanProblem(message: "the file holds no XML element", range: SourceRange(at: position),
                              help: "A metadata file holds one root element, such as `<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">`.")
        }
    }

    // MARK: - Text

    private mutating func text() throws {
        while index < scalars.count, scalars[index] != "<" {
            let scalar = scalars[index]
            let start = position
            if scalar == "&" {
                let value = try reference()
                try requireRoot(at: start)
                open[open.count - 1].text += value
                continue
            }
            if !XMLCharacters.isSpace(scalar) { try requireRoot(at: start) }
            if scalar == "]" && matches("]]>") {
                throw ScanProblem(message: "`]]>` in text: it may only end a CDATA section", range: SourceRange(start: start, end: start.advanced(by: 3)),
                                  help: "Write `]]&gt;`.")
            }
            if !open.isEmpty {
                // libxml2 reports a line break (CR LF, CR or LF) in character data as LF.
                if scalar == "\r" {
                    open[open.count - 1].text.unicodeScalars.append("\n")
                } else if scalar != "\n" || index == 0 || scalars[index - 1] != "\r" {
                    open[open.count - 1].text.unicodeScalars.append(scalar)
                }
            }
            advance()
        }
    }

    private func requireRoot(at start: SourcePosition) throws {
        guard open.isEmpty else { return }
        throw ScanProblem(message: rootClosed ? "text after the root element" : "text before the root element: this is not XML",
                          range: SourceRange(at: start),
                          help: "A metadata file holds only the XML declaration, comments and one root element.")
    }

    /// Reads `&name;` at the current position and returns its text: only the five predefined
    /// entities and character references of characters XML allows exist.
    mutating func reference() throws -> String {
        let start = position
        var name = ""
        var cursor = index + 1
        while cursor < scalars.count, scalars[cursor] != ";", name.unicodeScalars.count < 40,
              !XMLCharacters.isSpace(scalars[cursor]), scalars[cursor] != "<", scalars[cursor] != "&" {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        guard cursor < scalars.count, scalars[cursor] == ";" else {
            throw ScanProblem(message: "a bare `&`: XML writes an ampersand as `&amp;`", range: SourceRange(at: start),
                              help: "Write `&amp;` (a URL's query string too: `?a=1&amp;b=2`).")
        }
        let range = SourceRange(start: start, end: start.advanced(by: name.unicodeScalars.count + 2))
        guard let value = XMLText.reference(name) else {
            if name.hasPrefix("#") {
                throw ScanProblem(message: "`&\(name);` is not a character XML allows: a character reference is `&#` and decimal digits, or `&#x` and hexadecimal digits, naming a character other than U+0 and the other control characters, surrogates or past U+10FFFF",
                                  range: range, help: "Write the character itself, or fix the number (`&#160;` or `&#xA0;`).")
            }
            throw ScanProblem(message: "undefined entity `&\(name);`: XML defines only `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and character references",
                              range: range, help: "Write the character itself, or a character reference such as `&#160;`.")
        }
        for _ in index...cursor { advance() }
        return value
    }

    // MARK: - Markup

    private mutating func markup() throws {
        let start = position
        if matches("<!--") {
            try comment(start: start)
        } else if matches("<![CDATA[") {
            guard !open.isEmpty else {
                throw ScanProblem(message: "a CDATA section outside the root element", range: SourceRange(at: start),
                                  help: "Move the text inside an element.")
            }
            // libxml2 hands CDATA over as written, line breaks included.
            open[open.count - 1].text += try until("]]>", skipping: 9, what: "CDATA section", start: start)
        } else if matches("<?") {
            try processingInstruction(start: start)
        } else if matches("<!") {
            throw ScanProblem(message: "a `<!` declaration (such as DOCTYPE) is not allowed in a metadata file",
                              range: SourceRange(at: start), help: "Remove the declaration; Salesforce metadata files have none.")
        } else if matches("</") {
            try endTag(start: start)
        } else {
            try startTag(start: start)
        }
    }

    private mutating func comment(start: SourcePosition) throws {
        let body = try until("-->", skipping: 4, what: "comment", start: start)
        let bodyScalars = Array(body.unicodeScalars)
        // A body ending in `-` makes `--->`, whose `--` is as forbidden as one inside.
        let doubleHyphen = bodyScalars.indices.first { bodyScalars[$0] == "-" && ($0 + 1 == bodyScalars.count || bodyScalars[$0 + 1] == "-") }
        if let offset = doubleHyphen {
            let place = Self.position(after: start.advanced(by: 4), in: body, offset: offset)
            throw ScanProblem(message: "`--` inside a comment: XML does not allow it (a suppression's `-- reason` cannot be written in an XML comment)",
                              range: SourceRange(start: place, end: place.advanced(by: 2)),
                              help: "Remove the `--` (leave the reason out, or write it in a comment of its own).")
        }
        comments.append(SourceComment(xmlText: body, range: SourceRange(start: start, end: position)))
    }

    /// Ends `element`, whose content ends at scalar offset `contentEnd` and whose last tag ends at the current position.
    mutating func close(_ element: OpenElement, contentEnd: Int) {
        for prefix in element.declaredPrefixes { namespaces[prefix]?.removeLast() }
        let leaf = element.children.isEmpty
        let raw = leaf ? String(String.UnicodeScalarView(scalars[element.contentStart..<max(element.contentStart, contentEnd)])) : ""
        let node = XMLElementNode(qualifiedName: element.name, nameRange: element.nameRange,
                                  range: SourceRange(start: element.startTagStart, end: position),
                                  text: leaf ? element.text : "", rawContent: raw, contentStart: element.contentPosition,
                                  children: element.children)
        if open.isEmpty {
            root = node
            rootClosed = true
        } else {
            open[open.count - 1].children.append(node)
        }
    }

    // MARK: - Reading

    /// Scans past `terminator`, returning the text before it.
    mutating func until(_ terminator: String, skipping prefix: Int, what: String, start: SourcePosition) throws -> String {
        for _ in 0..<prefix { advance() }
        var body = ""
        let first = terminator.unicodeScalars.first!
        while index < scalars.count {
            if scalars[index] == first && matches(terminator) {
                for _ in terminator.unicodeScalars { advance() }
                return body
            }
            body.unicodeScalars.append(scalars[index])
            advance()
        }
        throw Self.neverEnds(what, terminator: terminator, start: start)
    }

    static func neverEnds(_ what: String, terminator: String, start: SourcePosition) -> ScanProblem {
        ScanProblem(message: "the \(what) that starts here never ends (`\(terminator)` is missing)",
                    range: SourceRange(at: start), help: "Close it with `\(terminator)`.")
    }

    /// The position `offset` scalars into `text`, which starts at `start`.
    static func position(after start: SourcePosition, in text: String, offset: Int) -> SourcePosition {
        var tracker = PositionTracker(start)
        for scalar in text.unicodeScalars.prefix(offset) { tracker.advance(over: scalar) }
        return tracker.position
    }

    /// Reads an XML `Name` (colons included; `checkQualifiedName` holds them to the namespace rules).
    mutating func readName() -> String {
        var name = ""
        while index < scalars.count {
            let scalar = scalars[index]
            let fits = scalar == ":" || (name.isEmpty ? XMLCharacters.isNameStart(scalar) : XMLCharacters.isName(scalar))
            guard fits else { break }
            name.unicodeScalars.append(scalar)
            advance()
        }
        return name
    }

    /// Skips white space, saying whether there was any.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let before = index
        while index < scalars.count, XMLCharacters.isSpace(scalars[index]) { advance() }
        return index > before
    }

    func matches(_ text: String) -> Bool {
        var cursor = index
        for scalar in text.unicodeScalars {
            guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    mutating func advance() {
        tracker.advance(over: scalars[index])
        index += 1
    }
}

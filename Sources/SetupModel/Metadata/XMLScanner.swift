import YAMLSource
import SourceText

/// One element as the scanner saw it in the raw text: where its tags and its content are.
struct ScannedElement {
    let name: String
    let nameRange: SourceRange
    let startTagStart: SourcePosition
    var end: SourcePosition
    /// Scalar offsets of the content between the tags (empty for `<x/>`).
    var contentStart: Int
    var contentEnd: Int
    var contentPosition: SourcePosition
}

/// A problem the scanner found, with the position to report.
struct ScanProblem: Error {
    let message: String
    let range: SourceRange
    let help: String
}

/// Walks the raw text of an XML document, tracking the line and column (in Unicode scalars) of
/// every tag, and checks what `XMLParser` on Linux may let through: unclosed and mismatched tags,
/// undefined entities, stray text, a missing or second root, and DOCTYPE declarations (refused, so
/// that no entity can expand or reach outside the file).
struct XMLScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var tracker = PositionTracker()
    private var position: SourcePosition { tracker.position }
    private(set) var elements: [ScannedElement] = []
    private(set) var comments: [SourceComment] = []
    private var open: [Int] = []
    private var rootClosed = false
    private let maxDepth: Int

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
            let element = elements[innermost]
            throw ScanProblem(message: "`<\(element.name)>` is never closed: the file ends before its `</\(element.name)>`",
                              range: element.nameRange, help: "Add `</\(element.name)>` where the element ends.")
        }
        if elements.isEmpty {
            throw ScanProblem(message: "the file holds no XML element", range: SourceRange(at: position),
                              help: "A metadata file holds one root element, such as `<ConnectedApp xmlns=\"http://soap.sforce.com/2006/04/metadata\">`.")
        }
    }

    // MARK: - Text

    private mutating func text() throws {
        let start = position
        while index < scalars.count, scalars[index] != "<" {
            let scalar = scalars[index]
            if scalar == "&" {
                try reference()
                continue
            }
            if open.isEmpty && !scalar.properties.isWhitespace {
                throw ScanProblem(message: rootClosed ? "text after the root element" : "text before the root element: this is not XML",
                                  range: SourceRange(at: position),
                                  help: "A metadata file holds only the XML declaration, comments and one root element.")
            }
            advance()
        }
        _ = start
    }

    /// Checks `&name;` at the current position: only the five predefined entities and character references exist.
    private mutating func reference() throws {
        let start = position
        var name = ""
        var cursor = index + 1
        while cursor < scalars.count, scalars[cursor] != ";", name.unicodeScalars.count < 40,
              !scalars[cursor].properties.isWhitespace, scalars[cursor] != "<", scalars[cursor] != "&" {
            name.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        guard cursor < scalars.count, scalars[cursor] == ";" else {
            throw ScanProblem(message: "a bare `&`: XML writes an ampersand as `&amp;`", range: SourceRange(at: start),
                              help: "Write `&amp;` (a URL's query string too: `?a=1&amp;b=2`).")
        }
        guard XMLText.reference(name) != nil else {
            throw ScanProblem(message: "undefined entity `&\(name);`: XML defines only `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and character references",
                              range: SourceRange(start: start, end: start.advanced(by: name.unicodeScalars.count + 2)),
                              help: "Write the character itself, or a character reference such as `&#160;`.")
        }
        for _ in index...cursor { advance() }
    }

    // MARK: - Markup

    private mutating func markup() throws {
        let start = position
        if matches("<!--") {
            let body = try until("-->", skipping: 4, what: "comment", start: start)
            let bodyScalars = Array(body.unicodeScalars)
            if let offset = bodyScalars.indices.dropLast().first(where: { bodyScalars[$0] == "-" && bodyScalars[$0 + 1] == "-" }) {
                let place = Self.position(after: start.advanced(by: 4), in: body, offset: offset)
                throw ScanProblem(message: "`--` inside a comment: XML does not allow it (a suppression's `-- reason` cannot be written in an XML comment)",
                                  range: SourceRange(start: place, end: place.advanced(by: 2)),
                                  help: "Remove the `--` (leave the reason out, or write it in a comment of its own).")
            }
            comments.append(SourceComment(xmlText: body, range: SourceRange(start: start, end: position)))
        } else if matches("<![CDATA[") {
            guard !open.isEmpty else {
                throw ScanProblem(message: "a CDATA section outside the root element", range: SourceRange(at: start),
                                  help: "Move the text inside an element.")
            }
            _ = try until("]]>", skipping: 9, what: "CDATA section", start: start)
        } else if matches("<?") {
            _ = try until("?>", skipping: 2, what: "processing instruction", start: start)
        } else if matches("<!") {
            throw ScanProblem(message: "a `<!` declaration (such as DOCTYPE) is not allowed in a metadata file",
                              range: SourceRange(at: start), help: "Remove the declaration; Salesforce metadata files have none.")
        } else if matches("</") {
            try endTag(start: start)
        } else {
            try startTag(start: start)
        }
    }

    private mutating func startTag(start: SourcePosition) throws {
        advance()
        let nameStart = position
        let name = readName()
        guard !name.isEmpty else {
            throw ScanProblem(message: "`<` does not start a tag here", range: SourceRange(at: start),
                              help: "Write `&lt;` for a literal less-than sign, or fix the tag name.")
        }
        let nameRange = SourceRange(start: nameStart, end: position)
        if open.isEmpty && rootClosed {
            throw ScanProblem(message: "a second root element `<\(name)>`: a metadata file holds one root element",
                              range: nameRange, help: "Move `<\(name)>` inside the root element, or into its own file.")
        }
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
                if scalar == "&" { try reference(); continue }
                if scalar == "<" {
                    throw ScanProblem(message: "`<` inside an attribute value", range: SourceRange(at: position), help: "Write `&lt;`.")
                }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" || scalar == "<" {
                break
            }
            advance()
        }
        guard index < scalars.count, scalars[index] == ">" else {
            throw ScanProblem(message: "the start tag `<\(name)` is never finished with `>`", range: nameRange,
                              help: "End the tag with `>`.")
        }
        let selfClosing = index > 0 && scalars[index - 1] == "/"
        advance()
        let element = ScannedElement(name: name, nameRange: nameRange, startTagStart: start, end: position,
                                     contentStart: index, contentEnd: index, contentPosition: position)
        elements.append(element)
        if selfClosing {
            if open.isEmpty { rootClosed = true }
        } else {
            open.append(elements.count - 1)
            if open.count > maxDepth {
                throw ScanProblem(message: "elements nest deeper than \(maxDepth) levels", range: nameRange,
                                  help: "A Connected App nests three or four levels; check the file for runaway nesting.")
            }
        }
    }

    private mutating func endTag(start: SourcePosition) throws {
        let contentEnd = index
        advance(); advance()
        let nameStart = position
        let name = readName()
        let nameRange = SourceRange(start: nameStart, end: position)
        while index < scalars.count, scalars[index].properties.isWhitespace { advance() }
        guard index < scalars.count, scalars[index] == ">" else {
            throw ScanProblem(message: "the end tag `</\(name)` is never finished with `>`", range: SourceRange(at: start),
                              help: "End the tag with `>`.")
        }
        advance()
        guard let innermost = open.last else {
            throw ScanProblem(message: "`</\(name)>` closes an element that was never opened", range: nameRange,
                              help: "Remove `</\(name)>` or add the matching `<\(name)>` before it.")
        }
        let element = elements[innermost]
        guard element.name == name else {
            throw ScanProblem(message: "`</\(name)>` does not match `<\(element.name)>` opened on line \(element.nameRange.start.line)",
                              range: nameRange, help: "Close `<\(element.name)>` with `</\(element.name)>` first, or fix the tag names.")
        }
        elements[innermost].contentEnd = contentEnd
        elements[innermost].end = position
        open.removeLast()
        if open.isEmpty { rootClosed = true }
    }

    /// Scans past `terminator`, returning the text before it.
    private mutating func until(_ terminator: String, skipping prefix: Int, what: String, start: SourcePosition) throws -> String {
        for _ in 0..<prefix { advance() }
        var body = ""
        while index < scalars.count {
            if matches(terminator) {
                for _ in terminator.unicodeScalars { advance() }
                return body
            }
            body.unicodeScalars.append(scalars[index])
            advance()
        }
        throw ScanProblem(message: "the \(what) that starts here never ends (`\(terminator)` is missing)",
                          range: SourceRange(at: start), help: "Close it with `\(terminator)`.")
    }

    /// The position `offset` scalars into `text`, which starts at `start`.
    static func position(after start: SourcePosition, in text: String, offset: Int) -> SourcePosition {
        var tracker = PositionTracker(start)
        for scalar in text.unicodeScalars.prefix(offset) { tracker.advance(over: scalar) }
        return tracker.position
    }

    private mutating func readName() -> String {
        var name = ""
        while index < scalars.count {
            let scalar = scalars[index]
            let isNameScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "_" || scalar == ":" || scalar == "-" || scalar == "."
            if !isNameScalar || (name.isEmpty && (scalar == "-" || scalar == "." || scalar.properties.numericType != nil)) { break }
            name.unicodeScalars.append(scalar)
            advance()
        }
        return name
    }

    private func matches(_ text: String) -> Bool {
        var cursor = index
        for scalar in text.unicodeScalars {
            guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    private mutating func advance() {
        tracker.advance(over: scalars[index])
        index += 1
    }
}

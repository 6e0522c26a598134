import YAMLSource
import SourceText

/// One element of a metadata file with the positions rules point at.
public struct XMLElementNode: Sendable {
    /// The name as written, with any namespace prefix (`met:label`).
    public let qualifiedName: String
    /// The range of the name inside the start tag (`label` of `<label>`).
    public let nameRange: SourceRange
    /// From the `<` of the start tag to the `>` of the end tag.
    public let range: SourceRange
    /// The element's character data, entities and CDATA decoded (empty for an element with children only).
    public let text: String
    /// The raw character data between the tags and where it starts, for positions inside the text.
    public let rawContent: String
    public let contentStart: SourcePosition
    public let children: [XMLElementNode]
    /// The name without a namespace prefix.
    public let name: String

    init(qualifiedName: String, nameRange: SourceRange, range: SourceRange, text: String, rawContent: String,
         contentStart: SourcePosition, children: [XMLElementNode]) {
        self.qualifiedName = qualifiedName
        self.nameRange = nameRange
        self.range = range
        self.text = text
        self.rawContent = rawContent
        self.contentStart = contentStart
        self.children = children
        name = qualifiedName.lastIndex(of: ":").map { String(qualifiedName[qualifiedName.index(after: $0)...]) } ?? qualifiedName
    }

    public func children(named name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    public func child(named name: String) -> XMLElementNode? { children.first { $0.name == name } }

    /// The text without surrounding white space, and its range (the element's range when the text is blank).
    public var trimmedText: (text: String, range: SourceRange) {
        let plain = !rawContent.isEmpty && !rawContent.unicodeScalars.contains { $0.properties.isWhitespace || $0 == "&" || $0 == "<" }
        if plain { return (text, SourceRange(start: contentStart, end: contentStart.advanced(by: rawContent.unicodeScalars.count))) }
        let lines = textLines(keepBlank: true)
        let nonBlank = lines.filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard let first = nonBlank.first, let last = nonBlank.last else { return ("", range) }
        let text = text.trimmingXMLSpace
        let start = first.range.start.advanced(by: first.text.leadingSpaceCount)
        let end = last.range.end.advanced(by: -last.text.trailingSpaceCount)
        return (text, SourceRange(start: start, end: end))
    }

    /// The text split on line breaks, each line decoded with its own range. Lines that are empty
    /// or only white space are left out unless `keepBlank`.
    public func textLines(keepBlank: Bool = false) -> [(text: String, range: SourceRange)] {
        var result: [(text: String, range: SourceRange)] = []
        var position = contentStart
        var lineStart = position
        var current = ""
        var previousWasCR = false
        func finish() {
            let decoded = XMLText.decode(current)
            if keepBlank || !decoded.allSatisfy(\.isWhitespace) {
                result.append((decoded, SourceRange(start: lineStart, end: position)))
            }
            current = ""
        }
        for scalar in rawContent.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                lineStart = position
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                finish()
                position = SourcePosition(line: position.line + 1, column: 1)
                lineStart = position
            } else {
                current.unicodeScalars.append(scalar)
                position.column += 1
            }
        }
        finish()
        return result
    }
}

/// What reading one metadata file gave: its root element, or the syntax problem that stopped it.
public struct XMLReadResult: Sendable {
    public let root: XMLElementNode?
    public let comments: [SourceComment]
    /// An `xml-syntax` (or `input-limit`) finding; nil when the file is well-formed.
    public let problem: ReadingProblem?
}

enum XMLText {
    static let predefinedEntities: [String: String] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"]

    /// Decodes predefined and numeric character references and unwraps CDATA sections. The scanner
    /// has already checked every reference, so anything else is kept as written.
    static func decode(_ raw: String) -> String {
        guard raw.contains("&") || raw.contains("<![CDATA[") else { return raw }
        var output = ""
        var rest = Substring(raw)
        while let index = rest.firstIndex(where: { $0 == "&" || $0 == "<" }) {
            output += rest[..<index]
            rest = rest[index...]
            if rest.hasPrefix("<![CDATA["), let close = rest.firstRange(of: "]]>") {
                output += rest[rest.index(rest.startIndex, offsetBy: 9)..<close.lowerBound]
                rest = rest[close.upperBound...]
            } else if rest.first == "&", let semicolon = rest.firstIndex(of: ";"),
                      let value = reference(String(rest[rest.index(after: rest.startIndex)..<semicolon])) {
                output += value
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output.append(rest.removeFirst())
            }
        }
        return output + rest
    }

    /// The text of `&name;` (name without `&` and `;`), or nil when it is not a defined reference.
    static func reference(_ name: String) -> String? {
        if let value = predefinedEntities[name] { return value }
        return characterReference(name).map { String($0) }
    }

    /// The character `#NN` or `#xHH` stands for, or nil when the digits are malformed or name no
    /// character XML allows (`#0`, a surrogate, past U+10FFFF).
    static func characterReference(_ name: String) -> Unicode.Scalar? {
        var digits = name.unicodeScalars[...]
        guard digits.popFirst() == "#" else { return nil }
        let radix: UInt32 = digits.first == "x" ? 16 : 10
        if radix == 16 { digits.removeFirst() }
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            guard let number = hexDigitValue(digit), number < radix else { return nil }
            value = min(value * radix + number, 0x110000)
        }
        return XMLCharacters.isChar(value) ? Unicode.Scalar(value) : nil
    }

    private static func hexDigitValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }
}

extension SourcePosition {
    func advanced(by columns: Int) -> SourcePosition { SourcePosition(line: line, column: column + columns) }
}

/// Follows the line and column through text: CR, LF and CRLF each end one line; columns count Unicode scalars.
struct PositionTracker {
    private(set) var position: SourcePosition
    private var previousWasCR = false

    init(_ start: SourcePosition = SourcePosition(line: 1, column: 1)) {
        position = start
    }

    mutating func advance(over scalar: Unicode.Scalar) {
        if scalar == "\n" {
            if !previousWasCR { position = SourcePosition(line: position.line + 1, column: 1) }
        } else if scalar == "\r" {
            position = SourcePosition(line: position.line + 1, column: 1)
        } else {
            position.column += 1
        }
        previousWasCR = scalar == "\r"
    }
}

extension String {
    var leadingSpaceCount: Int { unicodeScalars.prefix { $0.properties.isWhitespace }.count }
    var trailingSpaceCount: Int { unicodeScalars.reversed().prefix { $0.properties.isWhitespace }.count }
    var trimmingXMLSpace: String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()))
    }
}

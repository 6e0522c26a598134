import SourceText

/// A value to write into a YAML file.
public enum YAMLValue: Sendable, Equatable {
    /// Written as it is: `true`, `1`, `${SALESFORCE_CONSUMER_SECRET}`.
    case plain(String)
    /// Text: written plainly when YAML would read it back as the same string, else in double quotes.
    case text(String)
}

/// Builds text edits for a YAML file that keep its style: block or flow collections, the indentation of
/// the siblings, a scalar's quotes, the file's line breaks. Positions are those the reader reports.
public struct YAMLEditBuilder: Sendable {
    public let text: TextIndex

    public init(_ text: TextIndex) {
        self.text = text
    }

    // MARK: - Scalars

    /// Replaces a scalar, in its own quotes when it was quoted and the new value is text.
    public func replaceScalar(_ range: SourceRange, with value: YAMLValue) -> TextEdit {
        let start = text.offset(of: range.start)
        let quote = start < text.bytes.endIndex ? text.bytes[start] : 0
        let written: String
        switch value {
        case .plain(let plain): written = plain
        case .text(let string):
            if quote == UInt8(ascii: "'") {
                written = "'" + string.replacing("'", with: "''") + "'"
            } else if quote == UInt8(ascii: "\"") {
                written = Self.doubleQuoted(string)
            } else {
                written = Self.write(value, inFlow: false)
            }
        }
        // An empty value (`key:` with nothing after it) is written after a space, or it would run into the colon,
        // and before one when a comment follows, or the comment would become part of it.
        if range.start == range.end {
            let before = start > text.bytes.startIndex && text.bytes[start - 1] == UInt8(ascii: ":") ? " " : ""
            let after = start < text.bytes.endIndex && text.bytes[start] == UInt8(ascii: "#") ? " " : ""
            if !before.isEmpty || !after.isEmpty { return text.edit(range, before + written + after) }
        }
        // A block scalar's range runs to the start of the next line: its last line break stays.
        if range.end.line > range.start.line, range.end.column == 1 {
            return text.edit(start..<text.lineBytes(range.end.line - 1).upperBound, written)
        }
        return text.edit(range, written)
    }

    // MARK: - Mappings

    /// Adds `key: value` to a mapping: inside its braces when it is a flow mapping, else on a new line after
    /// its last line, at the column of its keys. `lastLine` is the last line the mapping's content takes.
    public func addKey(_ key: String, value: YAMLValue, toMapping range: SourceRange, firstKey: SourceRange?, lastLine: Int) -> TextEdit {
        let pair = key + ": " + Self.write(value, inFlow: isFlow(range))
        if isFlow(range) {
            return insertInFlow(pair, collection: range)
        }
        let column = firstKey?.start.column ?? range.start.column
        return text.insertLine(String(repeating: " ", count: column - 1) + pair, after: lastLine)
    }

    /// Adds `key: value` as the first key below a key whose value is empty (`oauth:` with nothing under it).
    public func addKey(_ key: String, value: YAMLValue, belowEmptyKey keyRange: SourceRange) -> TextEdit {
        text.insertLine(String(repeating: " ", count: keyRange.start.column + 1) + key + ": " + Self.write(value, inFlow: false),
                   after: keyRange.start.line)
    }

    // MARK: - Sequences

    /// Adds an item to a sequence: inside its brackets when it is a flow sequence, else as a `- ` line after its
    /// last line, at the column of its dashes. `lastLine` is the last line the sequence's content takes.
    public func addItem(_ value: YAMLValue, toSequence range: SourceRange, firstItem: SourceRange?, lastLine: Int) -> TextEdit? {
        if isFlow(range) {
            return insertInFlow(Self.write(value, inFlow: true), collection: range)
        }
        guard let firstItem, let dash = dashColumn(before: firstItem) else { return nil }
        return text.insertLine(String(repeating: " ", count: dash - 1) + "- " + Self.write(value, inFlow: false), after: lastLine)
    }

    /// Adds a line to a string that holds one entry a line: a new line of a literal block scalar (`|`), or a
    /// one-line scalar turned into a flow sequence of it and the new value. Nil for a folded scalar (`>`).
    public func addLine(_ value: String, toString range: SourceRange) -> TextEdit? {
        let start = text.offset(of: range.start)
        guard start < text.bytes.endIndex else { return nil }
        switch text.bytes[start] {
        case UInt8(ascii: "|"):
            // With an indentation indicator (`|2`) the first line's spaces may be text; without one, they are the
            // block's indentation, and a later line indented further holds spaces of its own, not the new line's.
            let header = text.bytes[start..<text.lineBytes(range.start.line).upperBound]
            guard !header.prefix(while: { $0 != UInt8(ascii: "#") }).contains(where: { (0x31...0x39).contains($0) }) else { return nil }
            let end = range.end.column == 1 ? range.end.line - 1 : range.end.line
            let lines = range.start.line + 1...max(range.start.line + 1, end)
            guard let first = lines.first(where: { !text.isBlank($0) }), let last = lines.last(where: { !text.isBlank($0) }),
                  last > range.start.line else { return nil }
            return text.insertLine(text.indentation(ofLine: first) + value, after: last)
        case UInt8(ascii: ">"):
            return nil
        default:
            guard range.start.line == range.end.line else { return nil }
            let original = text.text(start..<text.offset(of: range.end))
            // A plain scalar that a flow sequence would read otherwise (`:h`, `a, b`) goes in quotes there.
            let quoted = text.bytes[start] == UInt8(ascii: "'") || text.bytes[start] == UInt8(ascii: "\"")
            let item = quoted ? original : Self.write(.text(original), inFlow: true)
            return text.edit(range, "[" + item + ", " + Self.write(.text(value), inFlow: true) + "]")
        }
    }

    // MARK: - Removing

    /// Removes a comment: its whole line when nothing else is on it, else the comment and the space before it.
    public func removeComment(_ range: SourceRange) -> TextEdit {
        let line = text.lineBytes(range.start.line)
        let start = text.offset(of: range.start)
        let end = text.offset(of: range.end)
        var before = start
        while before > line.lowerBound, text.bytes[before - 1] == 0x20 || text.bytes[before - 1] == 0x09 { before -= 1 }
        if before == line.lowerBound && text.bytes[end..<line.upperBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return text.removeLines(range.start.line, through: range.start.line)
        }
        return text.edit(before..<end, "")
    }

    // MARK: - Helpers

    public func isFlow(_ range: SourceRange) -> Bool {
        let start = text.offset(of: range.start)
        return start < text.bytes.endIndex && (text.bytes[start] == UInt8(ascii: "[") || text.bytes[start] == UInt8(ascii: "{"))
    }

    /// Inserts `item` as the last entry of a flow collection, before its closing bracket; on a line of its own, with
    /// its comma, when the entries stand one a line, each with a comma, and the bracket on a line after them.
    /// Whether it has entries is read off the text, not the values read from it: an entry of the wrong type is left out
    /// of those, and is still there to be separated from.
    private func insertInFlow(_ item: String, collection range: SourceRange) -> TextEdit {
        let open = text.offset(of: range.start)
        var close = text.offset(of: range.end) - 1
        while close > open, text.bytes[close] != UInt8(ascii: "]"), text.bytes[close] != UInt8(ascii: "}") { close -= 1 }
        var end = close
        while end > text.bytes.startIndex, [0x20, 0x09, 0x0A, 0x0D].contains(text.bytes[end - 1]) { end -= 1 }
        let hasItems = end - 1 > open
        let trailingComma = hasItems && text.bytes[end - 1] == UInt8(ascii: ",")
        let lastLine = text.position(ofOffset: end).line
        if trailingComma, lastLine > range.start.line, text.position(ofOffset: close).line > lastLine {
            return text.edit(end..<end, text.lineBreak + text.indentation(ofLine: lastLine) + item + ",")
        }
        let separator = hasItems && !trailingComma ? ", " : trailingComma ? " " : ""
        return text.edit(end..<end, separator + item)
    }

    /// The column of the `- ` that introduces a block sequence item.
    private func dashColumn(before item: SourceRange) -> Int? {
        let line = text.lineBytes(item.start.line)
        var index = text.offset(of: item.start) - 1
        while index >= line.lowerBound {
            if text.bytes[index] == UInt8(ascii: "-") { return text.position(ofOffset: index).column }
            index -= 1
        }
        return nil
    }

    /// A value as YAML text.
    static func write(_ value: YAMLValue, inFlow: Bool) -> String {
        switch value {
        case .plain(let plain): return plain
        case .text(let string): return isPlainSafe(string, inFlow: inFlow) ? string : doubleQuoted(string)
        }
    }

    static func doubleQuoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether YAML reads `string` written plainly back as the same string (and not as null, a boolean or a number).
    static func isPlainSafe(_ string: String, inFlow: Bool) -> Bool {
        guard let first = string.unicodeScalars.first, let last = string.unicodeScalars.last,
              first != " ", last != " ", !string.contains("\n"), !string.contains("\t") else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if string.contains(": ") || string.contains(" #") || string.hasSuffix(":") { return false }
        if inFlow, string.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        // libyaml also refuses a colon before `?` in a flow collection ("found unexpected ':'").
        if inFlow, string.contains(":?") { return false }
        let lowered = string.lowercased()
        if ["true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"].contains(lowered) { return false }
        if Double(string) != nil || string.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." || $0 == "_" }) { return false }
        return true
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

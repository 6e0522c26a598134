import FoundationEssentials
import SourceText

/// Builds text edits for a metadata file that keep its style: an element's indentation and its place in its
/// type's Metadata API sequence, the file's line breaks.
public struct XMLEditBuilder: Sendable {
    public let text: TextIndex

    public init(_ text: TextIndex) {
        self.text = text
    }

    /// Replaces an element's text.
    public func replaceText(of element: XMLElementNode, with value: String) -> TextEdit {
        let (current, range) = element.trimmedText
        if current.isEmpty { return text.edit(element.range, "<\(element.qualifiedName)>\(Self.escaped(value))</\(element.qualifiedName)>") }
        return text.edit(range, Self.escaped(value))
    }

    /// Adds a line to an element whose text holds one entry a line (`<callbackUrl>`), unindented: Salesforce keeps a
    /// line's white space as part of its entry.
    public func addLine(_ value: String, to element: XMLElementNode) -> TextEdit? {
        let (current, range) = element.trimmedText
        guard !current.isEmpty else { return replaceText(of: element, with: value) }
        let end = text.offset(of: range.end)
        return text.edit(end..<end, text.lineBreak + Self.escaped(value))
    }

    /// Adds `separator + value` after the text of an element that holds a list in one line (`Api,RefreshToken`), with
    /// a space after the separator when the list has one there (`Api, Web`).
    public func append(_ value: String, separator: String, to element: XMLElementNode) -> TextEdit {
        let (current, range) = element.trimmedText
        guard !current.isEmpty else { return replaceText(of: element, with: value) }
        let end = text.offset(of: range.end)
        return text.edit(end..<end, (current.contains(separator + " ") ? separator + " " : separator) + Self.escaped(value))
    }

    /// Adds `<name>value</name>` to `parent` on a line of its own at its siblings' indentation: before the first
    /// child that comes after it in `sequence` (at the end when there is none). With no sequence, children in
    /// alphabetical order (as Salesforce writes them) keep it. Nil when the parent has no children to take the
    /// indentation from, or they share lines.
    public func insertChild(_ name: String, value: String, in parent: XMLElementNode, sequence: [String]?) -> TextEdit? {
        guard let last = parent.children.last, childrenStandOnTheirOwnLines(parent) else { return nil }
        let element = "<\(name)>\(Self.escaped(value))</\(name)>"
        let names = parent.children.map(\.name)
        let sequence = sequence ?? (names == names.sorted() ? (names + [name]).sorted() : nil)
        if let sequence, let place = sequence.firstIndex(of: name),
           let next = parent.children.first(where: { (sequence.firstIndex(of: $0.name) ?? -1) > place }) {
            var line = next.range.start.line
            // Above the comments that stand on the lines just above it: they belong to it.
            while line > parent.range.start.line + 1, isCommentLine(line - 1) { line -= 1 }
            let start = text.lineBytes(line).lowerBound
            return text.edit(start..<start, text.indentation(ofLine: line) + element + text.lineBreak)
        }
        return text.insertLine(text.indentation(ofLine: last.range.start.line) + element, after: last.range.end.line)
    }

    /// Adds `<name>value</name>` on a line of its own after `sibling`, at its indentation.
    public func insertSibling(_ name: String, value: String, after sibling: XMLElementNode) -> TextEdit {
        text.insertLine(text.indentation(ofLine: sibling.range.start.line) + "<\(name)>\(Self.escaped(value))</\(name)>",
                   after: sibling.range.end.line)
    }

    /// Puts `parent`'s children in `sequence` order, each with the lines above it since the previous child
    /// (its comments). Nil when the children share lines with each other or with the parent's tags.
    public func reorderChildren(of parent: XMLElementNode, sequence: [String]) -> TextEdit? {
        guard let first = parent.children.first, let last = parent.children.last, childrenStandOnTheirOwnLines(parent),
              parent.range.start.line < first.range.start.line else { return nil }
        var blocks: [(rank: Int, order: Int, text: String)] = []
        var blockStart = parent.nameRange.start.line + 1
        for (order, child) in parent.children.enumerated() {
            let start = text.lineBytes(blockStart).lowerBound
            let end = text.endOfLineWithBreak(child.range.end.line)
            var block = text.text(start..<end)
            if child.range.end.line == text.lineCount, !block.hasSuffix("\n"), !block.hasSuffix("\r") { block += text.lineBreak }
            blocks.append((sequence.firstIndex(of: child.name) ?? sequence.count, order, block))
            blockStart = child.range.end.line + 1
        }
        let sorted = blocks.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }
        guard sorted.map(\.order) != blocks.map(\.order) else { return nil }
        let start = text.lineBytes(parent.nameRange.start.line + 1).lowerBound
        let end = text.endOfLineWithBreak(last.range.end.line)
        return text.edit(start..<end, sorted.map(\.text).joined())
    }

    /// Removes an element's lines (the element must stand on lines of its own).
    public func removeLines(of element: XMLElementNode) -> TextEdit {
        text.removeLines(element.range.start.line, through: element.range.end.line)
    }

    /// Removes a comment: its whole line when nothing else is on it, with the blanks before it when it ends its line,
    /// else the comment alone.
    public func removeComment(_ range: SourceRange) -> TextEdit {
        let line = text.lineBytes(range.start.line), endLine = text.lineBytes(range.end.line)
        var start = text.offset(of: range.start)
        let end = text.offset(of: range.end)
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard text.bytes[end..<endLine.upperBound].allSatisfy(blank) else { return text.edit(start..<end, "") }
        if range.start.line == range.end.line, text.bytes[line.lowerBound..<start].allSatisfy(blank) {
            return text.removeLines(range.start.line, through: range.start.line)
        }
        while start > line.lowerBound, blank(text.bytes[start - 1]) { start -= 1 }
        return text.edit(start..<end, "")
    }

    private func isCommentLine(_ line: Int) -> Bool {
        let trimmed = text.text(text.lineBytes(line)).trimmingSpaces()
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }

    private func childrenStandOnTheirOwnLines(_ parent: XMLElementNode) -> Bool {
        var previousEnd = parent.range.start.line
        for child in parent.children {
            guard child.range.start.line > previousEnd else { return false }
            let line = text.lineBytes(child.range.start.line)
            guard text.bytes[line.lowerBound..<text.offset(of: child.range.start)].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return false }
            previousEnd = child.range.end.line
        }
        return previousEnd < parent.range.end.line
    }


    public static func escaped(_ value: String) -> String {
        value.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}

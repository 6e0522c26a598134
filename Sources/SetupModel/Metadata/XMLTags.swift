import YAMLSource
import SourceText

/// An attribute of a start tag as written, its value with references decoded and white space normalized.
struct XMLAttribute {
    let name: String
    let nameRange: SourceRange
    let value: String
    let valueRange: SourceRange
}

/// Start and end tags: names, attributes, nesting.
extension XMLScanner {
    mutating func startTag(start: SourcePosition) throws {
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
        try checkQualifiedName(name, range: nameRange)
        var attributes: [XMLAttribute] = []
        var selfClosing = false
        while true {
            let spaced = skipSpace()
            guard index < scalars.count, scalars[index] != "<" else {
                throw ScanProblem(message: "the start tag `<\(name)` is never finished with `>`", range: nameRange,
                                  help: "End the tag with `>`.")
            }
            let scalar = scalars[index]
            if scalar == ">" {
                advance()
                break
            }
            if matches("/>") {
                advance(); advance()
                selfClosing = true
                break
            }
            guard scalar == ":" || XMLCharacters.isNameStart(scalar) else {
                throw ScanProblem(message: "`\(scalar)` does not belong here in the start tag `<\(name)`", range: SourceRange(at: position),
                                  help: "A start tag holds attributes written `name=\"value\"`, separated by spaces, and ends with `>` or `/>`.")
            }
            guard spaced else {
                throw ScanProblem(message: "attributes must be separated by white space", range: SourceRange(at: position),
                                  help: "Put a space before this attribute.")
            }
            attributes.append(try attribute(inTag: name, tagNameRange: nameRange))
        }
        let declared = try checkNamespaces(element: name, nameRange: nameRange, attributes: attributes)
        for (prefix, namespace) in declared { namespaces[prefix, default: []].append(namespace) }
        let element = OpenElement(name: name, nameRange: nameRange, startTagStart: start, declaredPrefixes: Array(declared.keys),
                                  contentStart: index, contentPosition: position)
        if selfClosing {
            close(element, contentEnd: index)
            return
        }
        open.append(element)
        if open.count > maxDepth {
            throw ScanProblem(message: "elements nest deeper than \(maxDepth) levels", range: nameRange,
                              help: "A Connected App nests three or four levels; check the file for runaway nesting.")
        }
    }

    /// Reads `name = "value"` (or single quotes).
    private mutating func attribute(inTag tag: String, tagNameRange: SourceRange) throws -> XMLAttribute {
        let nameStart = position
        let name = readName()
        let nameRange = SourceRange(start: nameStart, end: position)
        try checkQualifiedName(name, range: nameRange)
        skipSpace()
        guard index < scalars.count, scalars[index] == "=" else {
            throw ScanProblem(message: "the attribute `\(name)` has no `=` and value", range: nameRange,
                              help: "Write `\(name)=\"value\"`, or remove the attribute.")
        }
        advance()
        skipSpace()
        guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else {
            throw ScanProblem(message: "the value of the attribute `\(name)` is not in quotes", range: SourceRange(at: position),
                              help: "Write `\(name)=\"value\"`.")
        }
        let quote = scalars[index]
        advance()
        let valueStart = position
        var value = ""
        while true {
            guard index < scalars.count else {
                throw ScanProblem(message: "the start tag `<\(tag)` is never finished with `>`", range: tagNameRange,
                                  help: "End the tag with `>`.")
            }
            let scalar = scalars[index]
            if scalar == quote { break }
            if scalar == "<" {
                throw ScanProblem(message: "`<` inside an attribute value", range: SourceRange(at: position), help: "Write `&lt;`.")
            }
            if scalar == "&" {
                value += try reference()
                continue
            }
            value.unicodeScalars.append(XMLCharacters.isSpace(scalar) ? " " : scalar)
            advance()
        }
        let valueRange = SourceRange(start: valueStart, end: position)
        advance()
        return XMLAttribute(name: name, nameRange: nameRange, value: value, valueRange: valueRange)
    }

    /// With namespaces, a name holds at most one colon, between a prefix and a local name.
    func checkQualifiedName(_ name: String, range: SourceRange) throws {
        let parts = name.unicodeScalars.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return }
        guard parts.count == 2, !parts[0].isEmpty, let first = parts[1].first, XMLCharacters.isNameStart(first) else {
            throw ScanProblem(message: "`\(name)` is not a valid name: a name holds at most one `:`, between a prefix and a local name",
                              range: range, help: "Write `prefix:name` with a declared prefix, or a name without `:`.")
        }
    }

    mutating func endTag(start: SourcePosition) throws {
        let contentEnd = index
        advance(); advance()
        let nameStart = position
        let name = readName()
        let nameRange = SourceRange(start: nameStart, end: position)
        skipSpace()
        guard index < scalars.count, scalars[index] == ">" else {
            throw ScanProblem(message: "the end tag `</\(name)` is never finished with `>`", range: SourceRange(at: start),
                              help: "End the tag with `>`.")
        }
        advance()
        guard let innermost = open.last else {
            throw ScanProblem(message: "`</\(name)>` closes an element that was never opened", range: nameRange,
                              help: "Remove `</\(name)>` or add the matching `<\(name)>` before it.")
        }
        guard innermost.name == name else {
            throw ScanProblem(message: "`</\(name)>` does not match `<\(innermost.name)>` opened on line \(innermost.nameRange.start.line)",
                              range: nameRange, help: "Close `<\(innermost.name)>` with `</\(innermost.name)>` first, or fix the tag names.")
        }
        close(open.removeLast(), contentEnd: contentEnd)
    }
}

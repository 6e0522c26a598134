import YAMLSource
import SourceText

/// Processing instructions, and the XML declaration, which looks like one but may stand only at the
/// very start of the file.
extension XMLScanner {
    mutating func processingInstruction(start: SourcePosition) throws {
        guard scalars[(index + 2)...].firstRange(of: ["?", ">"]) != nil else {
            throw Self.neverEnds("processing instruction", terminator: "?>", start: start)
        }
        if index == 0 && matches("<?xml") && scalars.count > 5 && XMLCharacters.isSpace(scalars[5]) {
            try declaration(start: start)
            return
        }
        advance(); advance()
        let targetStart = position
        let target = readName()
        let targetRange = SourceRange(start: targetStart, end: position)
        guard !target.isEmpty else {
            throw ScanProblem(message: "a processing instruction needs a name right after `<?`", range: SourceRange(at: start),
                              help: "Write `<?name …?>`, or `&lt;?` for literal text.")
        }
        if target == "xml" {
            throw ScanProblem(message: "an XML declaration (`<?xml …?>`) may only stand at the very start of the file",
                              range: SourceRange(start: start, end: targetRange.end),
                              help: "Move it to line 1, column 1 (nothing, not even a blank line, may come before it), or remove it.")
        }
        if target.lowercased().hasPrefix("xml") && target != "xml-stylesheet" && target != "xml-model" {
            throw ScanProblem(message: "`\(target)`: names of processing instructions that start with `xml`, in any case, are reserved",
                              range: targetRange, help: "Rename or remove the processing instruction.")
        }
        if target.contains(":") {
            throw ScanProblem(message: "`\(target)`: the name of a processing instruction cannot hold `:`", range: targetRange,
                              help: "Rename or remove the processing instruction.")
        }
        if !matches("?>") && !XMLCharacters.isSpace(scalars[index]) {
            throw ScanProblem(message: "a space is needed between the name of the processing instruction `\(target)` and what follows",
                              range: SourceRange(at: position), help: "Write `<?\(target) …?>`.")
        }
        _ = try until("?>", skipping: 0, what: "processing instruction", start: start)
    }

    /// `<?xml version="1.0" encoding="…" standalone="…"?>`: `version` first, each at most once, in this order.
    private mutating func declaration(start: SourcePosition) throws {
        let help = "Write `<?xml version=\"1.0\" encoding=\"UTF-8\"?>`."
        for _ in 0..<5 { advance() }
        let order = ["version", "encoding", "standalone"]
        var next = 0
        while true {
            let spaced = skipSpace()
            if matches("?>") {
                advance(); advance()
                break
            }
            let nameStart = position
            let name = readName()
            let nameRange = SourceRange(start: nameStart, end: position)
            guard !name.isEmpty else {
                throw ScanProblem(message: "`\(scalars[index])` does not belong here in the XML declaration", range: SourceRange(at: position), help: help)
            }
            guard let place = order.firstIndex(of: name), place >= next else {
                throw ScanProblem(message: "`\(name)` does not belong here: the XML declaration holds `version`, then optionally `encoding` and `standalone`, each once and in that order",
                                  range: nameRange, help: help)
            }
            guard next > 0 || place == 0 else {
                throw ScanProblem(message: "the XML declaration must start with `version=\"1.0\"`", range: nameRange, help: help)
            }
            guard spaced else {
                throw ScanProblem(message: "a space is needed before `\(name)` in the XML declaration", range: nameRange, help: help)
            }
            next = place + 1
            let (value, valueRange) = try pseudoAttributeValue(name, nameRange: nameRange, help: help)
            switch name {
            case "version" where value != "1.0":
                throw ScanProblem(message: "XML version `\(value)` is not supported: metadata files are XML 1.0", range: valueRange, help: help)
            case "encoding" where !Self.isEncodingName(value):
                throw ScanProblem(message: "`\(value)` is not an encoding name", range: valueRange, help: help)
            case "standalone" where value != "yes" && value != "no":
                throw ScanProblem(message: "`standalone` is `\(value)`; it can only be `yes` or `no`", range: valueRange,
                                  help: "Write `standalone=\"yes\"`, or leave it out.")
            default:
                break
            }
        }
        if next == 0 {
            throw ScanProblem(message: "the XML declaration must start with `version=\"1.0\"`", range: SourceRange(at: start), help: help)
        }
    }

    /// `= "value"` after a pseudo-attribute's name.
    private mutating func pseudoAttributeValue(_ name: String, nameRange: SourceRange, help: String) throws -> (String, SourceRange) {
        skipSpace()
        guard index < scalars.count, scalars[index] == "=" else {
            throw ScanProblem(message: "`\(name)` in the XML declaration has no `=` and value", range: nameRange, help: help)
        }
        advance()
        skipSpace()
        guard index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" else {
            throw ScanProblem(message: "the value of `\(name)` in the XML declaration is not in quotes", range: SourceRange(at: position), help: help)
        }
        let quote = scalars[index]
        advance()
        let valueStart = position
        var value = ""
        while index < scalars.count, scalars[index] != quote, scalars[index] != "?", scalars[index] != "<" {
            value.unicodeScalars.append(scalars[index])
            advance()
        }
        guard index < scalars.count, scalars[index] == quote else {
            throw ScanProblem(message: "the value of `\(name)` in the XML declaration is never closed with `\(quote)`",
                              range: SourceRange(at: valueStart), help: help)
        }
        let valueRange = SourceRange(start: valueStart, end: position)
        advance()
        return (value, valueRange)
    }

    /// `EncName`: a letter, then letters, digits, `.`, `_` and `-`.
    private static func isEncodingName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

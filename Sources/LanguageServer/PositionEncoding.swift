import SourceText

/// The unit LSP `character` offsets count, as negotiated in `initialize`.
enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
    case utf32 = "utf-32"

    /// The first encoding the client offers that the server knows (clients list them by preference), else UTF-16,
    /// which every client must support.
    static func negotiated(offered: [String]?) -> PositionEncoding {
        offered?.lazy.compactMap(PositionEncoding.init(rawValue:)).first ?? .utf16
    }

    func units(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf16: return UTF16.width(scalar)
        case .utf8: return UTF8.width(scalar)
        case .utf32: return 1
        }
    }
}

/// A document's text split into lines as LSP splits them (`\n`, `\r\n`, `\r`), for turning the linter's
/// positions (1-based, columns in Unicode scalars) into LSP positions and back. The lines are byte ranges of the
/// text, which the table shares: a table of every line's scalars took four bytes a byte of the document.
struct LineTable: Sendable {
    private let text: String
    /// The byte offset where each line starts, and where its text ends (before its line break).
    let lineStarts: [Int]
    private let lineEnds: [Int]
    /// How many Unicode scalars each line holds.
    private let scalarCounts: [Int32]
    /// Per line, the encodings in which each of its scalars is one unit: there a column is its count of units, told
    /// without walking the line (a long line can hold thousands of findings).
    private let oneUnitEach: [OneUnitEach]
    let byteCount: Int
    /// The linter does not count a leading byte order mark as a column; an editor that kept it does.
    private let hasByteOrderMark: Bool

    init(_ text: String) {
        self.text = text
        var starts = [0], ends: [Int] = [], counts: [Int32] = [], units: [OneUnitEach] = []
        var scalars: Int32 = 0, lineUnits = OneUnitEach.all
        var previousWasCR = false
        var offset = 0
        for byte in text.utf8 {
            defer { offset += 1 }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                starts[starts.count - 1] = offset + 1
                continue
            }
            previousWasCR = byte == 0x0D
            if byte == 0x0A || byte == 0x0D {
                ends.append(offset)
                counts.append(scalars)
                units.append(lineUnits)
                starts.append(offset + 1)
                scalars = 0
                lineUnits = .all
            } else {
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte >= 0x80 { lineUnits.remove(.utf8) }
                if byte >= 0xF0 { lineUnits.remove(.utf16) }
            }
        }
        ends.append(offset)
        counts.append(scalars)
        units.append(lineUnits)
        lineStarts = starts
        lineEnds = ends
        scalarCounts = counts
        oneUnitEach = units
        byteCount = offset
        hasByteOrderMark = text.utf8.starts(with: [0xEF, 0xBB, 0xBF])
    }

    var lineCount: Int { lineStarts.count }

    /// A line's scalars, without its line break.
    func scalars(ofLine line: Int) -> Substring.UnicodeScalarView {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line]), end = utf8.index(utf8.startIndex, offsetBy: lineEnds[line])
        return text[start..<end].unicodeScalars
    }

    /// How many bytes a line's text takes, its line break left out.
    func byteLength(ofLine line: Int) -> Int { lineEnds[line] - lineStarts[line] }

    /// The LSP position of a linter position; columns past the line's end count one unit each.
    func position(_ position: SourcePosition, in encoding: PositionEncoding) -> Position {
        let line = max(0, position.line - 1)
        guard line < lineCount else {
            return Position(line: lineCount - 1, character: units(ofLine: lineCount - 1, upTo: Int.max, encoding))
        }
        var scalars = max(0, position.column - 1)
        if line == 0 && hasByteOrderMark { scalars += 1 }
        let inside = min(scalars, Int(scalarCounts[line]))
        return Position(line: line, character: units(ofLine: line, upTo: inside, encoding) + (scalars - inside))
    }

    func range(_ range: SourceRange, in encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(range.start, in: encoding), end: position(range.end, in: encoding))
    }

    /// The linter position of an LSP position (a character inside a scalar counts as that scalar).
    func sourcePosition(_ position: Position, in encoding: PositionEncoding) -> SourcePosition {
        let line = min(max(0, position.line), lineCount - 1)
        var column = 0
        if isOneUnitEach(line, encoding) {
            column = min(max(0, position.character), Int(scalarCounts[line]))
        } else {
            var units = 0
            for scalar in scalars(ofLine: line) {
                let width = encoding.units(of: scalar)
                if units + width > position.character { break }
                units += width
                column += 1
            }
        }
        if line == 0 && hasByteOrderMark { column = max(0, column - 1) }
        return SourcePosition(line: line + 1, column: column + 1)
    }

    /// The LSP position of a byte offset into the text.
    func position(ofByte offset: Int, in encoding: PositionEncoding) -> Position {
        let line = max(0, lineStarts.partitionPoint { $0 > offset } - 1)
        var remaining = offset - lineStarts[line]
        if oneUnitEach[line].contains(.utf8) { return Position(line: line, character: min(remaining, byteLength(ofLine: line))) }
        var units = 0
        for scalar in scalars(ofLine: line) where remaining > 0 {
            remaining -= UTF8.width(scalar)
            units += encoding.units(of: scalar)
        }
        return Position(line: line, character: units)
    }

    /// The byte offset of an LSP position (clamped to its line), for a client that sends ranged changes anyway.
    func byteOffset(of position: Position, in encoding: PositionEncoding) -> Int {
        guard position.line < lineCount else { return byteCount }
        let line = max(0, position.line)
        if oneUnitEach[line].contains(.utf8) { return lineStarts[line] + min(max(0, position.character), byteLength(ofLine: line)) }
        var offset = lineStarts[line]
        var units = 0
        for scalar in scalars(ofLine: line) {
            let width = encoding.units(of: scalar)
            if units + width > position.character { break }
            units += width
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// Whether each scalar of a line is one unit of `encoding`.
    private func isOneUnitEach(_ line: Int, _ encoding: PositionEncoding) -> Bool {
        switch encoding {
        case .utf32: return true
        case .utf16: return oneUnitEach[line].contains(.utf16)
        case .utf8: return oneUnitEach[line].contains(.utf8)
        }
    }

    /// How many units of `encoding` the first `count` scalars of a line take.
    private func units(ofLine line: Int, upTo count: Int, _ encoding: PositionEncoding) -> Int {
        let inside = min(count, Int(scalarCounts[line]))
        guard !isOneUnitEach(line, encoding) else { return inside }
        return scalars(ofLine: line).prefix(inside).reduce(0) { $0 + encoding.units(of: $1) }
    }

    /// The encodings in which each scalar of a line is one unit: UTF-8 for an ASCII line, UTF-16 for one with no scalar
    /// past the Basic Multilingual Plane (the ones that take four bytes in UTF-8).
    struct OneUnitEach: OptionSet, Sendable {
        let rawValue: UInt8
        static let utf8 = OneUnitEach(rawValue: 1)
        static let utf16 = OneUnitEach(rawValue: 2)
        static let all: OneUnitEach = [.utf8, .utf16]
    }
}

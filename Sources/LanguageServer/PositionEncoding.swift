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
/// positions (1-based, columns in Unicode scalars) into LSP positions and back.
struct LineTable: Sendable {
    /// Each line's scalars, without its line break.
    let lines: [[Unicode.Scalar]]
    /// Per line, the encodings in which each of its scalars is one unit: there a column is its count of units, told
    /// without walking the line (a long line can hold thousands of findings).
    private let oneUnitEach: [OneUnitEach]
    /// The byte offset where each line starts.
    let lineStarts: [Int]
    let byteCount: Int
    /// The linter does not count a leading byte order mark as a column; an editor that kept it does.
    private let hasByteOrderMark: Bool

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = []
        var oneUnitEach: [OneUnitEach] = []
        var starts = [0]
        var current: [Unicode.Scalar] = []
        var currentUnits = OneUnitEach.all
        var offset = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                starts[starts.count - 1] = offset + width
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                oneUnitEach.append(currentUnits)
                current = []
                currentUnits = .all
                starts.append(offset + width)
            } else {
                current.append(scalar)
                if width > 1 { currentUnits.remove(.utf8) }
                if width > 3 { currentUnits.remove(.utf16) }
            }
        }
        lines.append(current)
        oneUnitEach.append(currentUnits)
        self.lines = lines
        self.oneUnitEach = oneUnitEach
        self.lineStarts = starts
        self.byteCount = offset
        self.hasByteOrderMark = lines.first?.first == "\u{FEFF}"
    }

    /// The LSP position of a linter position; columns past the line's end count one unit each.
    func position(_ position: SourcePosition, in encoding: PositionEncoding) -> Position {
        let line = max(0, position.line - 1)
        guard line < lines.count else {
            return Position(line: lines.count - 1, character: units(ofLine: lines.count - 1, upTo: Int.max, encoding))
        }
        var scalars = max(0, position.column - 1)
        if line == 0 && hasByteOrderMark { scalars += 1 }
        let inside = min(scalars, lines[line].count)
        return Position(line: line, character: units(ofLine: line, upTo: inside, encoding) + (scalars - inside))
    }

    func range(_ range: SourceRange, in encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(range.start, in: encoding), end: position(range.end, in: encoding))
    }

    /// The linter position of an LSP position (a character inside a scalar counts as that scalar).
    func sourcePosition(_ position: Position, in encoding: PositionEncoding) -> SourcePosition {
        let line = min(max(0, position.line), lines.count - 1)
        var column = 0
        var units = 0
        for scalar in lines[line] {
            let width = encoding.units(of: scalar)
            if units + width > position.character { break }
            units += width
            column += 1
        }
        if line == 0 && hasByteOrderMark { column = max(0, column - 1) }
        return SourcePosition(line: line + 1, column: column + 1)
    }

    /// The LSP position of a byte offset into the text.
    func position(ofByte offset: Int, in encoding: PositionEncoding) -> Position {
        var line = 0
        var low = 0, high = lineStarts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { line = middle; low = middle + 1 } else { high = middle - 1 }
        }
        var remaining = offset - lineStarts[line]
        var units = 0
        for scalar in lines[line] where remaining > 0 {
            remaining -= UTF8.width(scalar)
            units += encoding.units(of: scalar)
        }
        return Position(line: line, character: units)
    }

    /// The byte offset of an LSP position (clamped to its line), for a client that sends ranged changes anyway.
    func byteOffset(of position: Position, in encoding: PositionEncoding) -> Int {
        guard position.line < lines.count else { return byteCount }
        let line = max(0, position.line)
        var offset = lineStarts[line]
        var units = 0
        for scalar in lines[line] {
            let width = encoding.units(of: scalar)
            if units + width > position.character { break }
            units += width
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// How many units of `encoding` the first `count` scalars of a line take.
    private func units(ofLine line: Int, upTo count: Int, _ encoding: PositionEncoding) -> Int {
        let scalars = lines[line]
        switch encoding {
        case .utf32: return min(count, scalars.count)
        case .utf16 where oneUnitEach[line].contains(.utf16), .utf8 where oneUnitEach[line].contains(.utf8): return min(count, scalars.count)
        default: return scalars.prefix(count).reduce(0) { $0 + encoding.units(of: $1) }
        }
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

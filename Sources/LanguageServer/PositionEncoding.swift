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
    /// The byte offset where each line starts.
    let lineStarts: [Int]
    let byteCount: Int
    /// The linter does not count a leading byte order mark as a column; an editor that kept it does.
    private let hasByteOrderMark: Bool

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = []
        var starts = [0]
        var current: [Unicode.Scalar] = []
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
                current = []
                starts.append(offset + width)
            } else {
                current.append(scalar)
            }
        }
        lines.append(current)
        self.lines = lines
        self.lineStarts = starts
        self.byteCount = offset
        self.hasByteOrderMark = lines.first?.first == "\u{FEFF}"
    }

    /// The LSP position of a linter position; columns past the line's end count one unit each.
    func position(_ position: SourcePosition, in encoding: PositionEncoding) -> Position {
        let line = max(0, position.line - 1)
        guard line < lines.count else {
            return Position(line: lines.count - 1, character: units(of: lines[lines.count - 1], upTo: Int.max, encoding))
        }
        var scalars = max(0, position.column - 1)
        if line == 0 && hasByteOrderMark { scalars += 1 }
        let text = lines[line]
        let inside = min(scalars, text.count)
        return Position(line: line, character: units(of: text, upTo: inside, encoding) + (scalars - inside))
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

    private func units(of scalars: [Unicode.Scalar], upTo count: Int, _ encoding: PositionEncoding) -> Int {
        scalars.prefix(count).reduce(0) { $0 + encoding.units(of: $1) }
    }
}

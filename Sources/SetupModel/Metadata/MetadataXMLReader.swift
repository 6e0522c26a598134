import YAMLSource
import SourceText

/// Reads a Salesforce metadata file (UTF-8 XML) into positioned elements with `XMLScanner`, which
/// checks what libxml2 would. Never throws: every problem becomes an `xml-syntax` (or `input-limit`)
/// finding with a position.
public enum MetadataXMLReader {
    public static func read(_ file: SourceFile, limits: ParseLimits = .standard) -> XMLReadResult {
        if let message = file.sizeLimitMessage(limits) { return failure(sizeLimitProblem(message)) }
        guard let bytes = file.readAll() else {
            return failure(ReadingProblem(kind: .xmlSyntax, message: "the file could not be read", range: .fileStart,
                                          help: "Check the file's permissions."))
        }
        return read(bytes, limits: limits)
    }

    public static func read(_ bytes: [UInt8], limits: ParseLimits = .standard) -> XMLReadResult {
        if let message = SourceFile.bytes(bytes).sizeLimitMessage(limits) { return failure(sizeLimitProblem(message)) }
        let decoded: [Unicode.Scalar]
        switch decodeUTF8(bytes) {
        case .success(let scalars): decoded = scalars
        case .failure(let problem): return failure(syntax(problem))
        }
        if let problem = declaredEncodingProblem(decoded) { return failure(syntax(problem)) }
        var scanner = XMLScanner(scalars: decoded, maxDepth: limits.maxDepth)
        do {
            try scanner.scan()
        } catch let problem as ScanProblem {
            return XMLReadResult(root: nil, comments: scanner.comments, problem: syntax(problem))
        } catch {
            return failure(syntax(ScanProblem(message: "the file could not be read: \(error)", range: .fileStart, help: "")))
        }
        return XMLReadResult(root: scanner.root, comments: scanner.comments, problem: nil)
    }

    private static func sizeLimitProblem(_ message: String) -> ReadingProblem {
        ReadingProblem(kind: .inputLimit, message: message, range: .fileStart,
                       help: "A Connected App file is a few kilobytes; check that this is the right file.")
    }

    private static func failure(_ problem: ReadingProblem) -> XMLReadResult {
        XMLReadResult(root: nil, comments: [], problem: problem)
    }

    private static func syntax(_ problem: ScanProblem) -> ReadingProblem {
        ReadingProblem(kind: .xmlSyntax, message: problem.message, range: problem.range, keyPath: "",
                        help: problem.help.isEmpty ? "Fix the XML at this position; nothing in the file was checked." : problem.help + " Nothing else in the file was checked.")
    }

    // MARK: - Encoding

    /// An XML declaration that names an encoding other than UTF-8 (the bytes are already known to be UTF-8).
    private static func declaredEncodingProblem(_ scalars: [Unicode.Scalar]) -> ScanProblem? {
        let head = Array(scalars.prefix(200))
        guard head.starts(with: "<?xml".unicodeScalars), let end = head.firstRange(of: Array("?>".unicodeScalars)),
              let key = head[..<end.lowerBound].firstRange(of: Array("encoding".unicodeScalars)) else {
            return nil
        }
        let rest = head[key.upperBound..<end.lowerBound].drop { XMLCharacters.isSpace($0) || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = String(String.UnicodeScalarView(rest.prefix { $0 != "\"" && $0 != "'" && !XMLCharacters.isSpace($0) }))
        guard !["utf-8", "utf8"].contains(name.lowercased()) else { return nil }
        let column = key.lowerBound + 1
        return ScanProblem(message: "the XML declaration says `encoding=\"\(name)\"`, but Salesforce metadata files are UTF-8",
                           range: SourceRange(start: SourcePosition(line: 1, column: column), end: SourcePosition(line: 1, column: column + 8)),
                           help: "Write `encoding=\"UTF-8\"` and save the file as UTF-8.")
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], ScanProblem> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(ScanProblem(message: "the file is empty", range: .fileStart,
                                        help: "Retrieve the component again (`sf project retrieve start -m ConnectedApp:NAME`) or delete the file."))
        }
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            || (bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        if utf16 {
            return .failure(ScanProblem(message: "the file is UTF-16 (or UTF-32); Salesforce metadata files are UTF-8", range: .fileStart,
                                        help: "Save the file as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`) and change any `encoding=` in the XML declaration to UTF-8."))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(body.count)
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var tracker = PositionTracker()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    return .failure(ScanProblem(message: "the control character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in XML",
                                                range: SourceRange(at: tracker.position),
                                                help: "Remove the character; the file may be binary or in another encoding."))
                }
                scalars.append(scalar)
                tracker.advance(over: scalar)
            case .emptyInput:
                return .success(scalars)
            case .error:
                return .failure(ScanProblem(message: "the bytes here are not valid UTF-8", range: SourceRange(at: tracker.position),
                                            help: "Save the file as UTF-8."))
            }
        }
    }
}

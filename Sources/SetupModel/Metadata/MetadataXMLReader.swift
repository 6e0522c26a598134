import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import YAMLSource
import SourceText

/// Reads a Salesforce metadata file (UTF-8 XML) into positioned elements. `XMLParser` decides what
/// the elements and their text are; `XMLScanner` supplies the line and column of each, and catches
/// the malformed input that `XMLParser.parse()` on Linux can accept. Never throws: every problem
/// becomes an `xml-syntax` (or `input-limit`) finding with a position.
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
        let collector = ElementCollector(scanned: scanner.elements, scalars: decoded)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        let succeeded = parser.parse()
        if !succeeded || parser.parserError != nil || collector.failed || collector.root == nil {
            let code = (parser.parserError as NSError?)?.code
            let position = SourcePosition(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
            let message = collector.mismatch ?? "the XML is not well-formed (\(describe(code)))"
            return XMLReadResult(root: nil, comments: scanner.comments,
                                 problem: syntax(ScanProblem(message: message, range: SourceRange(at: position),
                                                             help: "Fix the XML at this position; nothing in the file was checked.")))
        }
        return XMLReadResult(root: collector.root, comments: scanner.comments, problem: nil)
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

    private static func describe(_ code: Int?) -> String {
        guard let code else { return "the parser stopped without saying why" }
        let names: [Int: String] = [
            4: "the document is empty", 5: "the document ends too early", 9: "a character XML does not allow",
            23: "a character XML does not allow", 26: "an undefined entity", 32: "the encoding is not supported",
            38: "a malformed attribute", 41: "a malformed attribute", 64: "an invalid XML declaration",
            73: "a start tag is not finished with `>`", 76: "an end tag does not match its start tag",
        ]
        return names[code].map { "\($0); libxml2 error \(code)" } ?? "libxml2 error \(code)"
    }

    // MARK: - Encoding

    /// An XML declaration that names an encoding other than UTF-8 (the bytes are already known to be UTF-8).
    private static func declaredEncodingProblem(_ scalars: [Unicode.Scalar]) -> ScanProblem? {
        let head = String(String.UnicodeScalarView(scalars.prefix(200)))
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"), let key = head.range(of: "encoding", range: head.startIndex..<end.lowerBound) else {
            return nil
        }
        let rest = head[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }
        guard !["utf-8", "utf8"].contains(name.lowercased()) else { return nil }
        let column = head.distance(from: head.startIndex, to: key.lowerBound) + 1
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

/// Builds the element tree from `XMLParser`'s events, taking each element's position from the
/// scanner's element at the same place in document order.
private final class ElementCollector: NSObject, XMLParserDelegate {
    private struct Builder {
        let name: String
        let scannedIndex: Int
        var text = ""
        var children: [XMLElementNode] = []
    }

    private let scanned: [ScannedElement]
    private let scalars: [Unicode.Scalar]
    private var stack: [Builder] = []
    private var started = 0
    private(set) var root: XMLElementNode?
    private(set) var failed = false
    private(set) var mismatch: String?

    init(scanned: [ScannedElement], scalars: [Unicode.Scalar]) {
        self.scanned = scanned
        self.scalars = scalars
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let name = qName ?? elementName
        guard started < scanned.count, scanned[started].name == name else {
            mismatch = "the XML could not be read consistently at `<\(name)>`"
            failed = true
            parser.abortParsing()
            return
        }
        stack.append(Builder(name: name, scannedIndex: started))
        started += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let builder = stack.popLast() else { return }
        let element = scanned[builder.scannedIndex]
        let raw = String(String.UnicodeScalarView(scalars[element.contentStart..<max(element.contentStart, element.contentEnd)]))
        let node = XMLElementNode(qualifiedName: builder.name, nameRange: element.nameRange,
                                  range: SourceRange(start: element.startTagStart, end: element.end),
                                  text: builder.children.isEmpty ? builder.text : "", rawContent: builder.children.isEmpty ? raw : "",
                                  contentStart: element.contentPosition, children: builder.children)
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        failed = true
    }
}

import CYAML
import SourceText

/// One document of a stream, built from libyaml's events.
public struct YAMLDocument: Sendable {
    /// 0-based position of the document in its stream.
    public let index: Int
    /// The root node; nil when the document could not be built (see `problem`).
    public let root: YAMLNode?
    public let range: SourceRange
    /// A limit or alias problem that stopped this document (the stream goes on).
    public let problem: YAMLProblem?
    /// Ranges of every scalar, in document order: text outside them may hold comments. Empty when the reader was
    /// asked not to keep them (nothing scans the comments).
    public let scalarRanges: [SourceRange]

    /// How many nodes the document holds (aliases count once): what it costs to keep it.
    public var nodeCount: Int { root?.tree.records.count ?? 0 }

    /// Whether some mapping of the document repeats a key: known while it was built, so that most documents
    /// are not searched for repeats.
    public var hasRepeatedKeys: Bool { root?.tree.hasRepeatedKeys ?? false }
}

/// Reads a YAML stream one document at a time through libyaml's event parser.
public enum YAMLStreamReader {
    /// Calls `onDocument` for each document as soon as it is complete. A syntax error inside a
    /// document comes as a document whose `problem` says so, and reading resumes at the next line
    /// that starts with `---`, so one broken document does not hide the rest of the stream.
    /// Returns the problem that ended the stream early (a syntax error with no document after it,
    /// or the file size limit), or nil when it was read to the end. Throws only when the input cannot be opened.
    @discardableResult
    public static func read(
        _ input: SourceFile,
        limits: ParseLimits = .standard,
        keepingScalarRanges: Bool = true,
        onDocument: (YAMLDocument) -> Void
    ) throws -> YAMLProblem? {
        var segment = Segment(byteOffset: 0, lineOffset: 0)
        var documentIndex = 0
        while true {
            let outcome = try readSegment(input, from: segment, limits: limits, keepingScalarRanges: keepingScalarRanges,
                                          documentIndex: &documentIndex, onDocument: onDocument)
            guard let failure = outcome else { return nil }
            if failure.documentReported {
                guard let next = resumePoint(in: input, from: max(failure.problem.range.start.line + 1, segment.lineOffset + 2), after: segment) else { return nil }
                segment = next
                continue
            }
            // From the problem's line (a document can fail at the `---` that opens the next one), but never at
            // the `---` of the document that failed: a new parser would fail there again, and report it twice.
            let resumeLine = max(failure.problem.range.start.line, (failure.markerLine ?? 0) + 1, segment.lineOffset + 2)
            guard failure.problem.kind == .syntax,
                  let next = resumePoint(in: input, from: resumeLine, after: segment) else {
                return failure.problem
            }
            onDocument(YAMLDocument(index: documentIndex, root: nil,
                                    range: SourceRange(start: failure.documentStart ?? failure.problem.range.start, end: failure.problem.range.end),
                                    problem: failure.problem, scalarRanges: []))
            documentIndex += 1
            segment = next
        }
    }

    /// Where a restarted parser begins: a byte offset at the start of a line, and that line's number less one.
    struct Segment {
        let byteOffset: Int
        let lineOffset: Int
    }

    private struct Failure {
        let problem: YAMLProblem
        let documentStart: SourcePosition?
        /// The document was already handed over with its problem; only resuming is left.
        var documentReported = false
        /// The line of the failed document's `---` (of its first token when it has none).
        var markerLine: Int? = nil
    }

    private static func readSegment(_ input: SourceFile, from segment: Segment, limits: ParseLimits, keepingScalarRanges: Bool,
                                    documentIndex: inout Int, onDocument: (YAMLDocument) -> Void) throws -> Failure? {
        let reader = try ChunkReader(input, maxBytes: limits.maxFileBytes, startingAt: segment.byteOffset)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Failure(problem: YAMLProblem(kind: .limit, message: "libyaml could not start (out of memory)", range: .fileStart), documentStart: nil)
        }
        defer { yaml_parser_delete(&parser) }
        let context = Unmanaged.passUnretained(reader).toOpaque()
        yaml_parser_set_input(&parser, { data, buffer, size, sizeRead in
            let reader = Unmanaged<ChunkReader>.fromOpaque(data!).takeUnretainedValue()
            sizeRead!.pointee = reader.read(into: buffer!, capacity: size)
            return reader.ioError == nil ? 1 : 0
        }, context)

        func position(_ mark: yaml_mark_t) -> SourcePosition {
            SourcePosition(line: Int(mark.line) + 1 + segment.lineOffset, column: Int(mark.column) + 1)
        }
        // In place, not an optional: every event would copy the builder out of an optional and back.
        var builder = DocumentBuilder(start: SourcePosition(line: 1, column: 1), limits: limits, keepsScalarRanges: false,
                                      inputBytes: reader.bytesAhead)
        var inDocument = false
        var markerLine: Int?
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                if reader.passedLimit { return Failure(problem: limitProblem(reader, input), documentStart: nil) }
                return Failure(problem: streamProblem(parser, input, reader, segment, position), documentStart: inDocument ? builder.start : nil,
                               markerLine: markerLine)
            }
            defer { yaml_event_delete(&event) }
            let start = position(event.start_mark)
            let end = position(event.end_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return reader.passedLimit ? Failure(problem: limitProblem(reader, input), documentStart: nil) : nil
            case YAML_DOCUMENT_START_EVENT:
                builder.startNextDocument(at: start, keepsScalarRanges: keepingScalarRanges)
                inDocument = true
                // The event starts at the document's first directive, and ends with its `---`.
                markerLine = end.line
            case YAML_DOCUMENT_END_EVENT:
                if reader.passedLimit { return Failure(problem: limitProblem(reader, input), documentStart: nil) }
                if inDocument {
                    onDocument(builder.finish(index: documentIndex, end: end))
                    documentIndex += 1
                }
                inDocument = false
                markerLine = nil
            case YAML_SCALAR_EVENT where inDocument:
                let scalar = event.data.scalar
                builder.addScalar(
                    UnsafeBufferPointer(start: UnsafePointer(scalar.value), count: scalar.value == nil ? 0 : Int(scalar.length)), style: style(scalar.style),
                    range: SourceRange(start: start, end: end),
                    anchor: optionalString(scalar.anchor),
                    tag: optionalString(scalar.tag))
            case YAML_SEQUENCE_START_EVENT where inDocument:
                let data = event.data.sequence_start
                builder.startCollection(isMapping: false, at: start,
                                         anchor: optionalString(data.anchor), tag: optionalString(data.tag))
            case YAML_MAPPING_START_EVENT where inDocument:
                let data = event.data.mapping_start
                builder.startCollection(isMapping: true, at: start,
                                         anchor: optionalString(data.anchor), tag: optionalString(data.tag))
            case YAML_SEQUENCE_END_EVENT where inDocument, YAML_MAPPING_END_EVENT where inDocument:
                builder.endCollection(at: end)
            case YAML_ALIAS_EVENT where inDocument:
                builder.addAlias(optionalString(event.data.alias.anchor) ?? "", range: SourceRange(start: start, end: end))
            default:
                break
            }
            if inDocument, builder.passedDepthLimit {
                let document = builder.finish(index: documentIndex, end: end)
                onDocument(document)
                documentIndex += 1
                return Failure(problem: document.problem!, documentStart: builder.start, documentReported: true)
            }
        }
    }

    /// The first line from `line` on that opens a new document (`---` followed by a space or the
    /// line's end), for UTF-8 input only. Lines end as libyaml counts them: at LF, CR, or CRLF (one break).
    /// The search starts at `segment`, where the failed parser started (a line's start whose number it knows): from the
    /// file's start each broken document of a stream would cost a read of everything before it.
    static func resumePoint(in input: SourceFile, from line: Int, after segment: Segment) -> Segment? {
        var currentLine = segment.lineOffset + 1, offset = segment.byteOffset, lineStart = segment.byteOffset
        var prefix: [UInt8] = []
        var afterCR = false
        var found: Segment?
        func opensDocument() -> Bool {
            guard currentLine >= line, prefix.count >= 3, prefix[0...2] == [0x2D, 0x2D, 0x2D] else { return false }
            return prefix.count == 3 || [0x20, 0x09].contains(prefix[3])
        }
        input.forEachChunk(from: segment.byteOffset) { chunk in
            for byte in chunk {
                defer { offset += 1 }
                if offset == 1 && (prefix == [0xFF] && byte == 0xFE || prefix == [0xFE] && byte == 0xFF) { return false }
                if afterCR && byte == 0x0A {
                    // The LF of a CRLF: the line already ended at the CR.
                    afterCR = false
                    lineStart = offset + 1
                    continue
                }
                afterCR = byte == 0x0D
                if byte == 0x0A || byte == 0x0D {
                    if opensDocument() {
                        found = Segment(byteOffset: lineStart, lineOffset: currentLine - 1)
                        return false
                    }
                    currentLine += 1
                    lineStart = offset + 1
                    prefix.removeAll(keepingCapacity: true)
                } else if prefix.count < 4 {
                    prefix.append(byte)
                }
            }
            return true
        }
        if found == nil, opensDocument() { found = Segment(byteOffset: lineStart, lineOffset: currentLine - 1) }
        return found
    }

    private static func limitProblem(_ reader: ChunkReader, _ input: SourceFile) -> YAMLProblem {
        YAMLProblem(kind: .limit,
                    message: "the input is larger than the \(ParseLimits(maxFileBytes: reader.maxBytes).fileLimitDescription) limit; nothing past it was read",
                    range: .fileStart)
    }

    private static func streamProblem(_ parser: yaml_parser_t, _ input: SourceFile, _ reader: ChunkReader, _ segment: Segment,
                                      _ position: (yaml_mark_t) -> SourcePosition) -> YAMLProblem {
        if let ioError = reader.ioError {
            return YAMLProblem(kind: .syntax, message: "the input could not be read: \(ioError)", range: .fileStart)
        }
        let problem = optionalCString(parser.problem) ?? "unknown problem"
        switch parser.error {
        case YAML_READER_ERROR:
            var message = problem
            if parser.problem_value != -1 {
                message += " (byte 0x\(String(UInt32(bitPattern: parser.problem_value) & 0xFF, radix: 16, uppercase: true)))"
            }
            let at = input.position(ofByteOffset: segment.byteOffset + Int(parser.problem_offset), fromLineStart: segment.byteOffset,
                                          line: segment.lineOffset + 1)
            return YAMLProblem(kind: .syntax, message: message, range: SourceRange(at: at))
        case YAML_MEMORY_ERROR:
            return YAMLProblem(kind: .limit, message: "libyaml ran out of memory", range: .fileStart)
        default:
            var message = problem
            if let context = optionalCString(parser.context) {
                let contextAt = position(parser.context_mark)
                message = "\(context) (line \(contextAt.line)), \(problem)"
            }
            return YAMLProblem(kind: .syntax, message: message, range: SourceRange(at: position(parser.problem_mark)))
        }
    }


    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func optionalCString(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}

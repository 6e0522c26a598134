import FoundationEssentials
import SetupModel
import SourceText
import YAMLSource

extension Linter {
    /// Lints like `run`, handing each file's result to `emit` in report order as soon as it is known. A run of
    /// one setup YAML whose documents cannot change each other's findings (see `streamsByDocument`) hands its
    /// findings over a document at a time: several results for one path, all but the first `continuesFile`.
    public func stream(paths: [String], standardInputName: String = "<stdin>",
                       readStandardInput: (() throws -> [UInt8])? = nil, emit: (FileResult) -> Void) throws {
        var readStandardInput = readStandardInput ?? { Self.readStandardInput(atMost: options.limits.maxFileBytes + 1) }
        if paths.count == 1, let (input, path, openPath) = try loneInput(paths[0], standardInputName, readStandardInput) {
            // A metadata file (standard input may be named as one) is one XML document: nothing to stream.
            if MetadataFileKind(fileName: path) == nil, streamsByDocument(input) {
                lintByDocument(input, path: path, openPath: openPath, emit: emit)
                return
            }
            if case .bytes(let bytes) = input, openPath == nil { readStandardInput = { bytes } }
        }
        for file in try run(paths: paths, standardInputName: standardInputName, readStandardInput: readStandardInput).files { emit(file) }
    }

    /// The input when `path` names one file (or is `-`, read here), with its name in reports; nil for a folder.
    private func loneInput(_ path: String, _ standardInputName: String,
                           _ readStandardInput: () throws -> [UInt8]) throws -> (SourceFile, String, String?)? {
        if path == "-" { return (.bytes(try readStandardInput()), standardInputName, nil) }
        guard FileDiscovery.kind(of: path) == .file,
              FileManager.default.isReadableFile(atPath: path), mayReadChangedFile(path) else { return nil }
        return (source(at: path), Self.displayPath(path), path)
    }

    /// Whether a setup YAML's findings may be handed over document by document before it is read to its end:
    /// nothing in it can change an earlier document's findings (a suppression comment can: `disable-file` covers
    /// the whole file; so can a link to metadata files, whose findings are files of their own that may sort
    /// first), it is UTF-8 within the size limit, and the run is not limited to changed files.
    func streamsByDocument(_ input: SourceFile) -> Bool {
        guard options.changedFiles == nil, input.sizeLimitMessage(options.limits) == nil, !input.startsWithUTF16Mark else { return false }
        let marker = options.inlineSuppressions ? [Array(SuppressionDirective.marker.utf8)] : []
        return !input.contains(anyOf: marker + [Array("metadata".utf8)])
    }

    /// Lints a setup YAML that `streamsByDocument`, a document at a time: the findings of each document are handed
    /// over once a later document starts past them (reading resumed after a syntax error can read a stretch twice,
    /// and the findings it gives must come out in report order with the first), quoting lines and resolving fixes
    /// from those documents' lines only; a last result says what the end of the stream did (and makes sure the
    /// file is reported once even without findings).
    func lintByDocument(_ input: SourceFile, path: String, openPath: String?, emit: (FileResult) -> Void) {
        var unit = LintUnit(input, displayPath: path, openPath: openPath)
        var comments: CommentScanner?
        let lines = LineWindowReader(input)
        var handedOver = 0
        var pending = PendingFindings()
        func handOver(_ part: PendingFindings) {
            // Fixes are resolved against the documents' text; quoting needs only the lines the findings are on.
            let needsText = part.diagnostics.contains { $0.fix != nil || !$0.alternatives.isEmpty }
            let window = needsText ? part.lines.flatMap { lines.window(lines: $0.lowerBound, through: $0.upperBound) } : nil
            let fixes = LazyFixResolver {
                window.map { FixResolver(yaml: $0, index: 0) } ?? FixResolver(LintUnit.File(input: input, displayPath: path, openPath: openPath), index: 0)
            }
            let quote: ((Set<Int>) -> [Int: String])? = part.lines == nil ? nil : { wanted in
                window.map { SourceLines.collect($0, lines: wanted, masking: part.secrets) }
                    ?? SourceLines.collect(lines.lines(wanted, limit: SourceLines.maxKept), masking: part.secrets)
            }
            var result = result(path: path, input: input, diagnostics: part.diagnostics, secrets: part.secrets, fixes: fixes, quote: quote)
            result.openPath = openPath
            result.continuesFile = handedOver > 0
            handedOver += 1
            emit(result)
        }
        checkDocuments(of: input, into: &unit, comments: &comments, readingAhead: readsAhead(input)) { document, unit in
            let (diagnostics, secrets) = unit.takeFindings(ofFile: 0)
            if let latest = pending.latestStart, latest < document.range.start {
                handOver(pending)
                pending = PendingFindings()
            }
            pending.add(diagnostics, secrets: secrets, document: document.range)
        }
        if !pending.diagnostics.isEmpty { handOver(pending) }
        let (diagnostics, secrets) = unit.takeFindings(ofFile: 0)
        if handedOver == 0 || !diagnostics.isEmpty { handOver(PendingFindings(diagnostics: diagnostics, secrets: secrets)) }
    }
}

extension Linter {
    /// Streams this large are parsed on a second core while the first lints, unless the run was asked for one
    /// job: below it, starting a thread costs more than it saves.
    static let readAheadBytes = 256 * 1024

    func readsAhead(_ input: SourceFile) -> Bool {
        options.jobs != 1 && (input.size ?? 0) >= Self.readAheadBytes && ProcessInfo.processInfo.activeProcessorCount > 1
    }
}

/// Findings of a stream's documents not handed over yet, with the lines those documents take.
struct PendingFindings {
    var diagnostics: [Diagnostic] = []
    var secrets: [SourceRange] = []
    /// The lines of the documents the findings came from; nil for what the end of the stream said.
    var lines: ClosedRange<Int>?

    /// Where the last of the findings starts; nil when there are none.
    var latestStart: SourcePosition? { diagnostics.map(\.range.start).max() }

    mutating func add(_ found: [Diagnostic], secrets masked: [SourceRange], document: SourceRange) {
        guard !found.isEmpty else { return }
        diagnostics += found
        secrets += masked
        let documentLines = document.start.line...max(document.start.line, document.end.line)
        lines = lines.map { min($0.lowerBound, documentLines.lowerBound)...max($0.upperBound, documentLines.upperBound) } ?? documentLines
    }
}

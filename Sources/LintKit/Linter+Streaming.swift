import Foundation
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
        if options.inlineSuppressions, input.contains(Array(SuppressionDirective.marker.utf8)) { return false }
        return !input.contains(Array("metadata".utf8))
    }

    /// Lints a setup YAML that `streamsByDocument`, a document at a time: each document with findings gives a
    /// result of its own, quoting lines and resolving fixes from that document's lines only; a last result says
    /// what the end of the stream did (and makes sure the file is reported once even without findings).
    func lintByDocument(_ input: SourceFile, path: String, openPath: String?, emit: (FileResult) -> Void) {
        var unit = LintUnit(input, displayPath: path, openPath: openPath)
        var comments: CommentScanner?
        let lines = LineWindowReader(input)
        var handedOver = 0
        func handOver(_ diagnostics: [Diagnostic], secrets: [SourceRange], document: SourceRange?) {
            // Fixes are resolved against the document's text; quoting needs only the lines the findings are on.
            let needsText = diagnostics.contains { $0.fix != nil || !$0.alternatives.isEmpty }
            let window = needsText ? document.flatMap { lines.window(lines: $0.start.line, through: $0.end.line) } : nil
            let fixes = LazyFixResolver {
                window.map { FixResolver(yaml: $0, index: 0) } ?? FixResolver(LintUnit.File(input: input, displayPath: path, openPath: openPath), index: 0)
            }
            let quote: ((Set<Int>) -> [Int: String])? = document == nil ? nil : { wanted in
                window.map { SourceLines.collect($0, lines: wanted, masking: secrets) }
                    ?? SourceLines.collect(lines.lines(wanted, limit: SourceLines.maxKept), masking: secrets)
            }
            var part = result(path: path, input: input, diagnostics: diagnostics, secrets: secrets, fixes: fixes, quote: quote)
            part.openPath = openPath
            part.continuesFile = handedOver > 0
            handedOver += 1
            emit(part)
        }
        checkDocuments(of: input, into: &unit, comments: &comments) { document, unit in
            let (diagnostics, secrets) = unit.takeFindings(ofFile: 0)
            guard !diagnostics.isEmpty else { return }
            handOver(diagnostics, secrets: secrets, document: document.range)
        }
        let (diagnostics, secrets) = unit.takeFindings(ofFile: 0)
        if handedOver == 0 || !diagnostics.isEmpty { handOver(diagnostics, secrets: secrets, document: nil) }
    }
}

import FoundationEssentials
import LintKit
import SetupModel

extension LanguageServer {
    /// Lints a document (when a directory walk would) and stores the findings of it and of the files it links.
    /// Returns false when the document changed while it was linted: the result is stale and is dropped.
    @discardableResult
    func lint(_ uri: String) -> Bool {
        guard let document = documents[uri], let path = document.path else { return false }
        guard linter.lints(path) else {
            linted[uri] = LintedFile(uri: uri, version: document.version, findings: [], lines: document.lines, catalog: .builtIn)
            return true
        }
        let (files, problem) = linter.lint(document, openDocuments: documents)
        if let problem { notify("window/showMessage", ShowMessageParams(type: 2, message: problem)) }
        for file in files where file.version != nil && documents[file.uri]?.version != file.version { return false }
        let linkedBefore = Set(linkedBy.filter { $0.value == uri }.map(\.key))
        for linked in linkedBefore { linkedBy[linked] = nil }
        for file in files {
            linted[file.uri] = file
            if file.uri != uri { linkedBy[file.uri] = uri }
        }
        // An open file the setup no longer links is linted on its own again.
        for released in linkedBefore where linkedBy[released] == nil && documents[released] != nil {
            linted[released] = nil
            dirty.insert(released)
        }
        return true
    }

    /// Push mode: publishes a document's last lint, and clears files it no longer reports on. The run loop calls
    /// it only when no message is waiting; a document changed since its lint has no result, so nothing stale goes out.
    func publish(_ uri: String) {
        guard let document = documents[uri], let file = linted[uri], file.version == document.version else { return }
        let files = Set([uri] + linkedBy.filter { $0.value == uri }.map(\.key))
        for stale in (publishedFrom[uri] ?? []).subtracting(files) where linkedBy[stale] == nil {
            notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: stale, version: nil, diagnostics: []))
        }
        publishedFrom[uri] = files
        for fileURI in files.sorted() {
            guard let file = linted[fileURI] else { continue }
            notify("textDocument/publishDiagnostics",
                   PublishDiagnosticsParams(uri: fileURI, version: file.version, diagnostics: DiagnosticConverter.diagnostics(file, encoding: encoding)))
        }
    }

    /// The current findings of an open document: documents changed since their lint are linted first.
    func current(_ uri: String) -> LintedFile? {
        guard let document = documents[uri] else { return nil }
        while let next = nextDirty() { lintDirty(next) }
        guard let file = linted[uri], file.version == document.version else { return nil }
        return file
    }

    /// Setups first, as `lint` runs do, so that a metadata file they link is not linted alone first.
    func nextDirty() -> String? {
        dirty.first { DocumentURI.path(of: $0).map { MetadataFileKind(fileName: $0) == nil } ?? true } ?? dirty.first
    }

    func lintDirty(_ uri: String) {
        dirty.remove(uri)
        let target = lintTarget(for: uri)
        dirty.remove(target)
        if lint(target), !pullDiagnostics { unpublished.insert(target) }
    }

    /// Pull mode: the document's diagnostics, with the files it links as related documents.
    func pull(_ params: DocumentDiagnosticParams) throws -> FullDocumentDiagnosticReport {
        let uri = params.textDocument.uri
        guard documents[uri] != nil else { return FullDocumentDiagnosticReport(items: [], relatedDocuments: nil) }
        guard let file = current(uri) else {
            throw ResponseError(.serverCancelled, "the document changed while it was linted", retrigger: true)
        }
        let related = linkedBy.filter { $0.value == uri }.compactMap { linked -> (String, FullDocumentDiagnosticReport.RelatedReport)? in
            guard let linkedFile = linted[linked.key] else { return nil }
            return (linked.key, .init(items: DiagnosticConverter.diagnostics(linkedFile, encoding: encoding)))
        }
        return FullDocumentDiagnosticReport(items: DiagnosticConverter.diagnostics(file, encoding: encoding),
                                            relatedDocuments: related.isEmpty ? nil : Dictionary(uniqueKeysWithValues: related))
    }

    func codeActions(_ params: CodeActionParams) -> [CodeAction] {
        let uri = params.textDocument.uri
        guard let file = current(uri), let path = documents[uri]?.path else { return [] }
        let only = params.context.only
        func wanted(_ kind: String) -> Bool { only?.contains { kind == $0 || kind.hasPrefix($0 + ".") } ?? true }
        var actions: [CodeAction] = []
        if wanted(CodeActionKind.quickFix) {
            actions += CodeActionBuilder(file: file, path: path, encoding: encoding).quickFixes(in: params.range)
        }
        if wanted(CodeActionKind.fixAll), let document = documents[uri], file.findings.contains(where: { $0.fix?.applicability == .safe }) {
            let outcomes = linter.fixedTexts(of: document, openDocuments: documents)
            if let fixAll = CodeActionBuilder.fixAll(outcomes, uri: uri(ofPath:), encoding: encoding) { actions.append(fixAll) }
        }
        return actions
    }

    func hover(_ params: TextDocumentPositionParams) -> Hover? {
        guard let file = current(params.textDocument.uri) else { return nil }
        return HoverBuilder.hover(at: params.position, in: file, encoding: encoding)
    }

    /// The URI the editor uses for a path: an open document's, else the path's `file:` URI.
    func uri(ofPath path: String) -> String {
        documents.values.first { $0.path == path }?.uri ?? DocumentURI.uri(ofPath: path)
    }
}

import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import LintKit

extension LanguageServer {
    func open(_ params: DidOpenTextDocumentParams) {
        let item = params.textDocument
        documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text)
        documentChanged(item.uri)
    }

    func change(_ params: DidChangeTextDocumentParams) {
        // A notification for a document that is not open is ignored.
        guard var document = documents[params.textDocument.uri] else { return }
        for change in params.contentChanges { document.apply(change, encoding: encoding) }
        document.version = params.textDocument.version ?? document.version + 1
        documents[document.uri] = document
        documentChanged(document.uri)
    }

    func save(_ params: DidSaveTextDocumentParams) {
        guard documents[params.textDocument.uri] != nil else { return }
        // Another open setup may link the saved file; its lint reads the buffer, which now matches the disk.
        documentChanged(params.textDocument.uri)
    }

    func close(_ params: DidCloseTextDocumentParams) {
        let uri = params.textDocument.uri
        guard documents.removeValue(forKey: uri) != nil else { return }
        dirty.remove(uri)
        linted[uri] = nil
        if let setup = linkedBy[uri], documents[setup] != nil {
            dirty.insert(setup)  // the setup now reads the file from disk
        } else if !pullDiagnostics {
            for published in publishedFrom.removeValue(forKey: uri) ?? [uri] where documents[published] == nil {
                notify("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: published, version: nil, diagnostics: []))
            }
        }
    }

    /// The document to lint for a change of `uri`: the open setup that links it, else itself.
    func lintTarget(for uri: String) -> String {
        if let setup = linkedBy[uri], documents[setup] != nil { return setup }
        return uri
    }

    func documentChanged(_ uri: String) {
        linted[uri] = nil
        let target = lintTarget(for: uri)
        linted[target] = nil
        dirty.insert(target)
        // Setups linking the changed file see its new text.
        for (linkedURI, setup) in linkedBy where linkedURI == uri && setup != target { dirty.insert(setup) }
        // A pulling client asks again for the setup and the file it links, whose findings one lint gives.
        if pullDiagnostics, refreshSupport, linkedBy[uri] != nil || linkedBy.values.contains(uri) {
            request("workspace/diagnostic/refresh", NullResult())
        }
    }
}

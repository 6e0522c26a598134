enum CodeActionKind {
    static let quickFix = "quickfix"
    static let fixAll = "source.fixAll.connectlint"
    static let sourceFixAll = "source.fixAll"
    static let source = "source"
}

struct CodeActionParams: Decodable {
    let textDocument: TextDocumentIdentifier
    let range: LSPRange
    let context: Context

    struct Context: Decodable {
        /// Kinds the client asks for; nil for all.
        let only: [String]?
    }
}

struct CodeAction: Encodable {
    let title: String
    let kind: String
    let diagnostics: [LSPDiagnostic]?
    let isPreferred: Bool?
    let edit: WorkspaceEdit
}

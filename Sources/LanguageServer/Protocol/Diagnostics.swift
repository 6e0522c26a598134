struct LSPDiagnostic: Codable, Sendable, Equatable {
    let range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    let severity: Int
    let code: String
    let source: String
    let message: String
    let relatedInformation: [RelatedInformation]?

    struct RelatedInformation: Codable, Sendable, Equatable {
        let location: RelatedLocation
        let message: String
    }

    struct RelatedLocation: Codable, Sendable, Equatable {
        let uri: String
        let range: LSPRange
    }
}

struct PublishDiagnosticsParams: Encodable {
    let uri: String
    let version: Int?
    let diagnostics: [LSPDiagnostic]
}

struct DocumentDiagnosticParams: Decodable {
    let textDocument: TextDocumentIdentifier
}

struct FullDocumentDiagnosticReport: Encodable {
    let kind = "full"
    let items: [LSPDiagnostic]
    /// The findings of the files the document links (a setup's Connected App file), on their own URIs.
    let relatedDocuments: [String: RelatedReport]?

    struct RelatedReport: Encodable {
        let kind = "full"
        let items: [LSPDiagnostic]
    }
}

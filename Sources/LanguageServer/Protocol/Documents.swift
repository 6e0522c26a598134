struct DidOpenTextDocumentParams: Decodable {
    let textDocument: TextDocumentItem

    struct TextDocumentItem: Decodable {
        let uri: String
        let version: Int
        let text: String
    }
}

struct DidChangeTextDocumentParams: Decodable {
    let textDocument: VersionedTextDocumentIdentifier
    let contentChanges: [Change]

    /// With full sync each change is the whole text; a ranged change (which this server does not ask for) is refused.
    struct Change: Decodable {
        let text: String
        let range: LSPRange?
    }
}

struct DidSaveTextDocumentParams: Decodable {
    let textDocument: TextDocumentIdentifier
}

struct DidCloseTextDocumentParams: Decodable {
    let textDocument: TextDocumentIdentifier
}

struct DidChangeWatchedFilesParams: Decodable {
    let changes: [FileEvent]

    struct FileEvent: Decodable {
        let uri: String
    }
}

struct TextDocumentPositionParams: Decodable {
    let textDocument: TextDocumentIdentifier
    let position: Position
}

struct Hover: Encodable {
    let contents: MarkupContent
    let range: LSPRange
}

struct MarkupContent: Encodable {
    let kind = "markdown"
    let value: String
}

/// LSP positions: zero-based line, and a character offset in the negotiated encoding's code units.
struct Position: Codable, Hashable, Sendable {
    var line: Int
    var character: Int
}

struct LSPRange: Codable, Hashable, Sendable {
    var start: Position
    var end: Position
}

struct Location: Codable, Sendable {
    let uri: String
    let range: LSPRange
}

struct TextDocumentIdentifier: Codable, Sendable {
    let uri: String
}

struct VersionedTextDocumentIdentifier: Codable, Sendable {
    let uri: String
    let version: Int?
}

/// An LSP text edit (the LintKit one counts bytes and scalars; this one counts the negotiated code units).
struct LSPTextEdit: Codable, Sendable {
    let range: LSPRange
    let newText: String
}

struct WorkspaceEdit: Encodable, Sendable {
    let changes: [String: [LSPTextEdit]]
}

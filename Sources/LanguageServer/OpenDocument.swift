import FoundationEssentials

/// A document the editor has open: its latest text and version.
struct OpenDocument: Sendable {
    let uri: String
    /// Nil for documents that are not files (`untitled:`), which are not linted.
    let path: String?
    var version: Int
    private(set) var bytes: [UInt8]
    private(set) var lines: LineTable

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.path = DocumentURI.path(of: uri)
        self.version = version
        self.bytes = Array(text.utf8)
        self.lines = LineTable(text)
    }

    /// Applies one content change: the whole text, or (though the server asks for full sync) a range of it.
    mutating func apply(_ change: DidChangeTextDocumentParams.Change, encoding: PositionEncoding) {
        guard let range = change.range else { return replace(text: change.text, version: version) }
        let start = lines.byteOffset(of: range.start, in: encoding)
        let end = max(start, lines.byteOffset(of: range.end, in: encoding))
        replace(text: String(decoding: bytes[..<start] + Array(change.text.utf8) + bytes[end...], as: UTF8.self), version: version)
    }

    mutating func replace(text: String, version: Int) {
        self.version = version
        bytes = Array(text.utf8)
        lines = LineTable(text)
    }
}

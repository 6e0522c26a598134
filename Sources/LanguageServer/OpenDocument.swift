import Foundation

/// A document the editor has open: its latest text and version.
struct OpenDocument: Sendable {
    let uri: String
    /// Nil for documents that are not files (`untitled:`), which are not linted.
    let path: String?
    private(set) var version: Int
    private(set) var bytes: [UInt8]
    private(set) var lines: LineTable

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.path = DocumentURI.path(of: uri)
        self.version = version
        self.bytes = Array(text.utf8)
        self.lines = LineTable(text)
    }

    mutating func replace(text: String, version: Int) {
        self.version = version
        bytes = Array(text.utf8)
        lines = LineTable(text)
    }
}

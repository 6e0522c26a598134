import FoundationEssentials

/// `file:` URIs and the paths the linter opens.
enum DocumentURI {
    /// The file path of a `file:` URI (percent-decoded); nil for `untitled:` and other schemes.
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.standardizedFileURL.path
        return path.isEmpty ? nil : path
    }

    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }
}

import SetupModel

extension Setup {
    /// Calls `body` with each text of `oauth.callbackUrls` as written, before `callbackURLs` splits it into entries
    /// (each entry is a part of one text): cheap tests that rule most setups out read these instead.
    func forEachCallbackText(_ body: (String) -> Void) {
        guard let node = oauth?["callbackUrls"] else { return }
        guard let items = node.items else { return node.string.map(body) ?? () }
        for item in items { if let text = item.string { body(text) } }
    }
}

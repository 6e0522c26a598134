import SetupModel
import RuleFiles

/// `callback-url-scheme`: Salesforce wants HTTPS or a custom scheme; plain `http://` only for a local host.
struct CallbackUrlSchemeRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard Self.mayUsePlainHTTP(setup) else { return [] }
        let entries = setup.callbackURLs
        // The entry `callback-url` reports on is left to it, so one mistake gives one finding.
        // Looked for only once an entry uses plain `http`, which few setups do.
        lazy var reported = ServiceDomain.validHost(in: setup).flatMap { CallbackDiagnosis(serviceDomain: $0, of: setup).mismatch(in: entries)?.index }
        return entries.enumerated().compactMap { index, entry in
            let url = entry.url.trimmingWhitespace
            guard url.prefix(7).lowercased() == "http://", !URLParts.isLoopback(url), index != reported else { return nil }
            let secure = "https://" + url.dropFirst("http://".count)
            return finding("the callback URL \(quoted(entry.url)) uses plain `http` for a host other than `localhost`",
                           at: entry.node,
                           help: "Use \(quoted(secure)) or a custom scheme such as `myapp://callback` (Salesforce wants HTTPS except for local development), "
                               + "or remove the URL in \(FixLocation.oauthSettings(setup)) › Callback URL.")
        }
    }

    /// False when no text holds `p://` in any letter case and every byte is ASCII: then no entry starts with `http://`.
    /// Bytes are compared with the case bit set, which can only find more.
    private static func mayUsePlainHTTP(_ setup: Setup) -> Bool {
        var found = false
        setup.forEachCallbackText { text in
            guard !found else { return }
            found = text.utf8.withContiguousStorageIfAvailable(mayHoldPlainHTTP) ?? mayHoldPlainHTTP(text.utf8)
        }
        return found
    }

    /// Whether the bytes hold `p://` in any letter case, or any byte that is not ASCII.
    private static func mayHoldPlainHTTP(_ bytes: some Sequence<UInt8>) -> Bool {
        // The last four bytes read, folded.
        var window: UInt32 = 0
        for byte in bytes {
            if byte >= 0x80 { return true }
            window = window << 8 | UInt32(byte | 0x20)
            if window == plainHTTPTail { return true }
        }
        return false
    }

    /// `p://` as four bytes.
    private static let plainHTTPTail: UInt32 = 0x70_3A_2F_2F
}

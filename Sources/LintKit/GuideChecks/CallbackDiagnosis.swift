import SetupModel

/// Compares callback URL entries with Cyclr's callback, `https://<serviceDomain>/connector/callback`,
/// the way Salesforce does: character for character, except the host's letter case.
struct CallbackDiagnosis {
    let expected: String
    let host: String

    init(serviceDomain host: String) {
        self.host = host
        self.expected = ServiceDomain.callbackURL(host: host)
    }

    /// Salesforce stores at most 2,000 characters of callback URLs, so only the first few dozen entries can be
    /// real; the closest is looked for among this many, which keeps a huge list fast.
    static let maxCandidates = 200

    /// The entry Cyclr's callback is missing from: nil when some entry matches exactly, or when an entry
    /// is an environment reference (it may well hold the callback). `index` is nil when there are no entries.
    func mismatch(in entries: [(url: String, node: SetupNode)]) -> (index: Int?, differences: [String])? {
        if entries.contains(where: { EnvironmentReference.name(in: $0.url.trimmingWhitespace) != nil || matches($0.url) }) { return nil }
        guard !entries.isEmpty else { return (nil, []) }
        var best: (index: Int, differences: [String], distance: Int)?
        let target = Array(expected.unicodeScalars)
        for (index, entry) in entries.prefix(Self.maxCandidates).enumerated() {
            let found = differences(of: entry.url)
            if let current = best, current.differences.count < found.count { continue }
            // Past a few times the expected length the distance only grows, so long entries are cut to keep this linear.
            let distance = Suggestions.editDistance(Array(entry.url.lowercased().unicodeScalars.prefix(2 * target.count)), target)
            if let current = best, (current.differences.count, current.distance) <= (found.count, distance) { continue }
            best = (index, found, distance)
        }
        return best.map { ($0.index, $0.differences) }
    }

    /// True when `url` is the expected callback, its host in any letter case.
    func matches(_ url: String) -> Bool {
        url.utf8.count == expected.utf8.count && url.lowercased() == expected && differences(of: url).isEmpty
    }

    /// Every way `url` differs from the expected callback, in reading order, each as a phrase.
    func differences(of url: String) -> [String] {
        var found: [String] = []
        let trimmed = url.trimmingWhitespace
        if trimmed != url {
            let before = url.first?.isWhitespace == true, after = url.last?.isWhitespace == true
            found.append("has white space \(before && after ? "before and after" : before ? "before" : "after") it")
        }
        if trimmed.contains("{") || trimmed.contains("}") {
            let placeholder = trimmed.lowercased().contains("{yourcyclrservicedomain}") ? "`{YourCyclrServiceDomain}`" : "a `{…}` placeholder"
            found.append("still holds the guide's placeholder \(placeholder) where your service domain `\(host)` belongs")
        }
        let parts = URLParts(trimmed)
        switch parts.scheme {
        case "https" where parts.hasAuthority: break
        case nil: found.append("has no scheme; it must start with `https://`")
        case let scheme? where scheme.lowercased() == "http": found.append("uses `\(scheme)` instead of `https`")
        case let scheme? where scheme.lowercased() == "https" && parts.hasAuthority:
            found.append("writes the scheme as `\(scheme)`; Salesforce wants exactly `https`")
        case let scheme?: found.append("uses the `\(scheme):` scheme instead of `https://`")
        }
        if parts.normalizedHost != host, !found.contains(where: { $0.contains("placeholder") }) {
            if parts.host.isEmpty {
                found.append("has no host")
            } else if let kind = CyclrHosts.kind(of: parts.normalizedHost) {
                found.append("points at \(kind) `\(parts.host)`, not at your service domain `\(host)`")
            } else {
                found.append("has the host \(quoted(parts.host)) instead of your service domain `\(host)`")
            }
        }
        if let port = parts.port { found.append("has the port `:\(port)`, which Cyclr's callback does not have") }
        if parts.path == "/connector/callback/" {
            found.append("ends with a trailing slash")
        } else if parts.path.isEmpty {
            found.append("has no path; it must end in `/connector/callback`")
        } else if parts.path != "/connector/callback" {
            found.append("has the path \(quoted(parts.path)) instead of `/connector/callback`")
        }
        if let query = parts.query { found.append("has a query (\(quoted("?" + query))), which Cyclr's callback does not have") }
        if let fragment = parts.fragment { found.append("has a fragment (\(quoted("#" + fragment))), which Cyclr's callback does not have") }
        if found.isEmpty, trimmed != "https://\(parts.host)/connector/callback" {
            found.append("differs from `\(expected)`")
        }
        return found
    }
}

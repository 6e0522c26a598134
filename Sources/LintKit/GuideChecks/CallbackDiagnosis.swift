import SetupModel
import SourceText

/// Compares callback URL entries with Cyclr's callback, `https://<serviceDomain>/connector/callback` (the
/// connector profile's `callbackUrl`), the way Salesforce does: character for character, except the host's letter case.
struct CallbackDiagnosis {
    let expected: String
    let host: String
    /// The callback's path, `/connector/callback`.
    let path: String

    init(serviceDomain host: String, path: String = ServiceDomain.standardCallbackPath) {
        self.host = host
        self.path = path
        self.expected = ServiceDomain.callbackURL(host: host, path: path)
    }

    init(serviceDomain host: String, of setup: Setup) {
        self.init(serviceDomain: host, path: ServiceDomain.callbackPath(of: setup))
    }

    /// Salesforce stores at most 2,000 characters of callback URLs, so only the first few dozen entries can be
    /// real; the closest is looked for among this many, which keeps a huge list fast.
    static let maxCandidates = 200

    /// The entry Cyclr's callback is missing from: nil when some entry matches exactly, or when an entry
    /// is an environment reference (it may well hold the callback). `index` is nil when there are no entries.
    func mismatch(in entries: [(url: String, node: SetupNode)]) -> (index: Int?, differences: [CallbackDifference])? {
        if entries.contains(where: { EnvironmentReference.isReference($0.url.trimmingWhitespace) || matches($0.url) }) { return nil }
        guard !entries.isEmpty else { return (nil, []) }
        var best: (index: Int, differences: [CallbackDifference], distance: Int)?
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

    /// True when `callbackUrls` holds the expected callback exactly, as one URL alone: told without splitting
    /// its entries apart, for a diagnosis of a valid service domain (`ServiceDomain.validHost`) with the standard
    /// path, whose callback `matches(_:)` itself. Then `mismatch(in:)` finds nothing.
    func isListedExactly(in callbackUrls: SetupNode) -> Bool {
        guard path == ServiceDomain.standardCallbackPath else { return false }
        guard let items = callbackUrls.items else { return callbackUrls.string == expected }
        return items.contains { $0.string == expected }
    }

    /// True when `url` is the expected callback, its host in any letter case.
    func matches(_ url: String) -> Bool {
        url.utf8.count == expected.utf8.count && url.lowercased() == expected && differences(of: url).isEmpty
    }

    /// Every way `url` differs from the expected callback, in reading order.
    func differences(of url: String) -> [CallbackDifference] {
        var found: [CallbackDifference] = []
        let trimmed = url.trimmingWhitespace
        if trimmed != url {
            found.append(.whitespace(before: url.first?.isWhitespace == true, after: url.last?.isWhitespace == true))
        }
        let placeholder = trimmed.containsAny(of: "{}")
        if placeholder { found.append(.placeholder(isTheGuides: trimmed.lowercased().contains("{yourcyclrservicedomain}"))) }
        let parts = URLParts(trimmed)
        switch parts.scheme {
        case "https" where parts.hasAuthority: break
        case nil: found.append(.noScheme)
        case let scheme? where scheme.lowercased() == "http": found.append(.http(scheme))
        case let scheme? where scheme.lowercased() == "https" && parts.hasAuthority: found.append(.schemeCase(scheme))
        case let scheme?: found.append(.otherScheme(scheme))
        }
        if parts.normalizedHost != host, !placeholder {
            if parts.host.isEmpty {
                found.append(.noHost)
            } else {
                found.append(.otherHost(parts.host, cyclrKind: CyclrHosts.kind(of: parts.normalizedHost)))
            }
        }
        if let port = parts.port { found.append(.port(port)) }
        if parts.path == path + "/" {
            found.append(.trailingSlash)
        } else if parts.path != path {
            found.append(.path(parts.path))
        }
        if let query = parts.query { found.append(.query(query)) }
        if let fragment = parts.fragment { found.append(.fragment(fragment)) }
        if found.isEmpty, trimmed != "https://\(parts.host)\(path)" { found.append(.other) }
        return found
    }
}

/// One way a callback URL differs from Cyclr's.
enum CallbackDifference: Equatable {
    case whitespace(before: Bool, after: Bool)
    case placeholder(isTheGuides: Bool)
    case noScheme, http(String), schemeCase(String), otherScheme(String)
    case noHost, otherHost(String, cyclrKind: String?)
    case port(String)
    case trailingSlash, path(String)
    case query(String), fragment(String)
    case other

    /// The difference as the end of a sentence about the URL ("… ends with a trailing slash").
    func phrase(_ diagnosis: CallbackDiagnosis) -> String {
        let domain = "your service domain `\(diagnosis.host)`"
        switch self {
        case .whitespace(let before, let after):
            return "has white space \(before && after ? "before and after" : before ? "before" : "after") it"
        case .placeholder(let isTheGuides):
            return "still holds the guide's placeholder \(isTheGuides ? "`{YourCyclrServiceDomain}`" : "a `{…}` placeholder") where \(domain) belongs"
        case .noScheme: return "has no scheme; it must start with `https://`"
        case .http(let scheme): return "uses `\(scheme)` instead of `https`"
        case .schemeCase(let scheme): return "writes the scheme as `\(scheme)`; Salesforce wants exactly `https`"
        case .otherScheme(let scheme): return "uses the `\(scheme):` scheme instead of `https://`"
        case .noHost: return "has no host"
        case .otherHost(let host, let kind?): return "points at \(kind) \(quoted(host)), not at \(domain)"
        case .otherHost(let host, nil): return "has the host \(quoted(host)) instead of \(domain)"
        case .port(let port): return "has the port \(quoted(":" + port)), which Cyclr's callback does not have"
        case .trailingSlash: return "ends with a trailing slash"
        case .path(""): return "has no path; it must end in `\(diagnosis.path)`"
        case .path(let path): return "has the path \(quoted(path)) instead of `\(diagnosis.path)`"
        case .query(let query): return "has a query (\(quoted("?" + query))), which Cyclr's callback does not have"
        case .fragment(let fragment): return "has a fragment (\(quoted("#" + fragment))), which Cyclr's callback does not have"
        case .other: return "differs from `\(diagnosis.expected)`"
        }
    }
}

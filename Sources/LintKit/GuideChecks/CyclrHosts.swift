import SetupModel

/// Cyclr's own console and API hosts, which are never a partner's service domain
/// (reference/salesforce-facts.md, "Cyclr").
enum CyclrHosts {
    /// Console host -> what a service domain there looks like.
    static let consoles: [(host: String, serviceDomainPattern: String?)] = [
        ("my.cyclr.com", "COMPANY-h.cyclr.com"),
        ("us2.cyclr.com", nil),
        ("my.cyclr.uk", "COMPANY-h.cyclr.uk"),
        ("eu.cyclr.com", "COMPANY-h.eu.cyclr.com"),
        ("apac.cyclr.com", nil),
    ]

    static let apiHosts = ["api.cyclr.com", "api.us2.cyclr.com", "api.cyclr.uk", "api.eu.cyclr.com", "api.apac.cyclr.com"]

    /// "the Cyclr console host" or "the Cyclr API host" when `host` is one of them (letter case ignored).
    static func kind(of host: String) -> String? {
        kindByHost[host.lowercasedUnlessLowerASCII]
    }

    /// Looked up for every setup's service domain: one hash rather than a comparison with every host.
    private static let kindByHost: [String: String] = {
        var kinds: [String: String] = [:]
        for host in apiHosts { kinds[host] = "the Cyclr API host" }
        for console in consoles { kinds[console.host] = "the Cyclr console host" }
        return kinds
    }()

    /// What the service domain looks like in the region of a console or API host, when known.
    static func serviceDomainPattern(near host: String) -> String? {
        var host = host.lowercased()
        if host.hasPrefix("api.") { host = String(host.dropFirst(4)) }
        if host == "cyclr.com" { host = "my.cyclr.com" }
        if host == "cyclr.uk" { host = "my.cyclr.uk" }
        return consoles.first { $0.host == host }?.serviceDomainPattern
    }
}

/// The service domain a setup declares, when it is a literal, valid host name; the rules that
/// build Cyclr's callback URL from it are skipped otherwise.
enum ServiceDomain {
    static func validHost(in setup: Setup) -> String? {
        guard let text = setup.serviceDomain?.literal, HostName.problem(in: text) == nil else { return nil }
        return text.lowercasedUnlessLowerASCII
    }

    static let standardCallbackPath = "/connector/callback"
    private static let standardCallbackTemplate = "https://{serviceDomain}" + standardCallbackPath

    static func callbackURL(host: String, path: String = standardCallbackPath) -> String { "https://\(host)\(path)" }

    /// The path of the setup's connector's callback (`callbackUrl` after `https://{serviceDomain}`).
    static func callbackPath(of setup: Setup) -> String {
        guard let template = setup.profile?.callbackURL else { return standardCallbackPath }
        // Most profiles have the standard callback: no need to search it.
        if template == standardCallbackTemplate { return standardCallbackPath }
        guard let range = template.firstRange(of: "{serviceDomain}") else { return standardCallbackPath }
        return String(template[range.upperBound...])
    }
}

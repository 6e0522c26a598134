import SetupModel
import RuleFiles

/// `service-domain-console`: the callback lives on the partner's service domain, not on Cyclr's console or API host.
struct ServiceDomainConsoleRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let node = setup.serviceDomain, let host = ServiceDomain.validHost(in: setup), let kind = CyclrHosts.kind(of: host) else {
            return []
        }
        let pattern = CyclrHosts.serviceDomainPattern(near: host).map { " (in this region it looks like `\($0)`)" } ?? ""
        return [finding("`serviceDomain` is \(kind) `\(host)`, not your service domain",
                        at: node,
                        help: "Copy your service domain from \(FixLocation.cyclrServiceDomain)\(pattern), "
                            + "and use it in the Salesforce callback URL too.")]
    }
}

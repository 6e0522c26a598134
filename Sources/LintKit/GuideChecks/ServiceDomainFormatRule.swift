import SetupModel

/// `service-domain-format`: `cyclr.serviceDomain` must be a bare host name such as `acme-h.cyclr.com`.
struct ServiceDomainFormatRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let node = setup.serviceDomain, let text = node.literal, let problem = HostName.problem(in: text) else { return [] }
        let example = HostName.host(in: text).map { "`\($0)`" } ?? "`acme-h.cyclr.com`"
        return [finding("`serviceDomain` \(problem), but it must be a bare host name",
                        at: node,
                        help: "Write only the host name, e.g. \(example), as \(FixLocation.cyclrServiceDomain) shows it; "
                            + "connectlint builds the callback URL from it.")]
    }
}

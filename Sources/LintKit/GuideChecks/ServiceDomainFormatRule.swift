import SetupModel
import RuleFiles

/// `service-domain-format`: `cyclr.serviceDomain` must be a bare host name such as `acme-h.cyclr.com`.
struct ServiceDomainFormatRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let node = setup.serviceDomain, let text = node.literal, let problem = HostName.problem(in: text) else { return [] }
        let host = HostName.host(in: text)
        let example = host.map { "`\($0)`" } ?? "`acme-h.cyclr.com`"
        // A host is clear when the value holds one and writing it alone leaves nothing to judge.
        let fix = host.flatMap { host in HostName.problem(in: host) == nil ? FixPlan("Write `serviceDomain: \(host)`", .safe, [.set(node, .text(host))]) : nil }
        return [finding("`serviceDomain` \(problem), but it must be a bare host name",
                        at: node,
                        help: "Write only the host name, e.g. \(example), as \(FixLocation.cyclrServiceDomain) shows it; "
                            + "connectlint builds the callback URL from it.").fixed(by: fix)]
    }
}

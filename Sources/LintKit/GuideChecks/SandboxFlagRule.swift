import SetupModel
import RuleFiles

/// `sandbox-flag`: a connector's "Is Sandbox" value picks the login host, so it must agree with the org:
/// sandboxes sign in at `test.salesforce.com`, production and developer orgs at `login.salesforce.com`.
struct SandboxFlagRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let profile = setup.profile, let value = profile.values.first(where: { $0.type == .sandboxFlag }), let cyclr = setup.cyclr else { return [] }
        let node = cyclr[value.name]
        let flag = node?.boolean ?? false
        guard node == nil || node?.boolean != nil, let org = Self.orgKind(of: setup) else { return [] }
        let isSandbox = org.kind == "sandbox" || org.kind == "scratch"
        guard flag != isSandbox else { return [] }
        let host = isSandbox ? "test.salesforce.com" : "login.salesforce.com"
        let message = "`\(value.name)` is \(node == nil ? "absent (false)" : "`\(flag)`"), but \(org.evidence) shows a \(org.kind) org, "
            + "so the connector signs in at the wrong login host (it should use `\(host)`)"
        let help = "Set `\(value.name): \(isSandbox)` here and \(value.label) in \(setup.cyclrValuesLocation)."
        guard let node else { return [finding(message, missing: value.name, in: cyclr, help: help)] }
        return [finding(message, at: node, help: help)]
    }

    /// The org's kind and what shows it: `org.type`, else a login URL or My Domain host, else the Instance URL.
    static func orgKind(of setup: Setup) -> (kind: String, evidence: String)? {
        if let type = setup.org?["type"]?.string { return (type, "`org.type`") }
        var hosts = ["loginUrl", "myDomain"].compactMap { key in setup.org?[key]?.literal.map { (key, $0) } }
        hosts += setup.profileValues { $0 == .instanceURL }.compactMap { value, node in node.literal.map { (value.name, $0) } }
        for (key, text) in hosts {
            let host = URLParts.normalizedHost(of: text.trimmingWhitespace)
            guard !host.isEmpty else { continue }
            return (SandboxOrgRule.orgKind(ofHost: host) ?? "production", "`\(key)`")
        }
        return nil
    }
}

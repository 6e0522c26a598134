import SetupModel
import RuleFiles

/// `sandbox-org`: refreshing a sandbox destroys its Connected Apps (the guide's note), and scratch orgs expire.
struct SandboxOrgRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let org = setup.org else { return [] }
        let help = "Create the Connected App in a production or Developer Edition org, so its Consumer Key and Secret outlive sandbox refreshes."
        if let type = org["type"], let kind = type.string, kind == "sandbox" || kind == "scratch" {
            return [finding("the Connected App lives in a \(kind) org, which \(Self.fate(kind))", at: type, help: help)]
        }
        for key in ["loginUrl", "myDomain"] {
            guard let node = org[key], let text = node.literal, let kind = Self.orgKind(ofHost: URLParts(text.trimmingWhitespace).normalizedHost)
            else { continue }
            return [finding("`\(key)` shows a \(kind) org, which \(Self.fate(kind))", at: node, help: help)]
        }
        return []
    }

    static func fate(_ kind: String) -> String {
        kind == "scratch" ? "expires and takes its Connected Apps with it" : "loses its Connected Apps when it is refreshed"
    }

    /// "sandbox" or "scratch" when a login or My Domain host belongs to such an org
    /// (reference/salesforce-facts.md, "Telling the org apart").
    static func orgKind(ofHost host: String) -> String? {
        let host = host.endsWith(".") ? String(host.dropLast()) : host
        if host.endsWith(".scratch.my.salesforce.com") { return "scratch" }
        if host == "test.salesforce.com" || host.endsWith(".sandbox.my.salesforce.com") { return "sandbox" }
        let isSalesforce = host.endsWith(".salesforce.com")
        guard isSalesforce || host.endsWith(".force.com") else { return nil }
        let labels = HostName.labels(of: host)
        if let first = labels.first, first.hasDoubled("-") { return "sandbox" }
        // Legacy instance hosts: `cs42.salesforce.com`, `acme--uat.cs42.my.salesforce.com`.
        if isSalesforce, labels.dropLast(2).contains(where: isSandboxInstance) { return "sandbox" }
        return nil
    }

    private static func isSandboxInstance(_ label: Substring) -> Bool {
        label.count > 2 && label.hasPrefix("cs") && label.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber }
    }
}

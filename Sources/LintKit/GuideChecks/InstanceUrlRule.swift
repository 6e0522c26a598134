import SetupModel
import RuleFiles

/// `instance-url`: a connector's Instance URL is the `https://` address of the Salesforce instance, nothing after the host.
struct InstanceUrlRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        setup.profileValues { $0 == .instanceURL }.compactMap { value, node in
            guard let text = node.literal else { return nil }
            let parts = URLParts(text.trimmingWhitespace)
            let problem: String?
            if parts.scheme?.lowercased() != "https" || !parts.hasAuthority {
                problem = parts.scheme.map { "uses `\($0):`; it must start with `https://`" } ?? "has no scheme; it must start with `https://`"
            } else if parts.host.isEmpty {
                problem = "has no host"
            } else if !(parts.path.isEmpty || parts.path == "/") || parts.query != nil || parts.fragment != nil {
                problem = "has a path, query or fragment after the host; it must be the instance's address alone"
            } else {
                problem = nil
            }
            return problem.map {
                finding("`\(value.name)` \(quoted(text)) \($0)", at: node,
                        help: "Write the address of your Salesforce instance, such as `https://acme.my.salesforce.com`, with nothing after the host.")
            }
        }
    }
}

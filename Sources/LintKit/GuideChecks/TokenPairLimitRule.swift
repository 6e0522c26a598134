import SetupModel
import RuleFiles

/// `token-pair-limit`: Salesforce keeps five refresh tokens per user per Connected App; the sixth approval revokes the oldest.
struct TokenPairLimitRule: GuideCheck {
    static let limit = 5

    func check(_ setup: Setup) -> [CheckFinding] {
        // Fewer accounts than the limit allows cannot hold a sixth for one user.
        let accounts = setup.accounts
        guard setup.describesConnectedApp, accounts.count > Self.limit else { return [] }
        let users = accounts.map { account -> (node: SetupNode, key: String)? in
            guard let node = account["salesforceUser"], !node.isBlank, let user = node.string else { return nil }
            return (node, user.trimmingWhitespace.lowercased())
        }
        var totals: [String: Int] = [:]
        for user in users { if let user { totals[user.key, default: 0] += 1 } }
        var seen: [String: Int] = [:]
        var found: [CheckFinding] = []
        for case let (node, key)? in users {
            seen[key, default: 0] += 1
            guard seen[key] == Self.limit + 1, let total = totals[key], let user = node.string else { continue }
            found.append(finding("\(total) accounts authenticate as the Salesforce user \(quoted(user.trimmingWhitespace)), but Salesforce keeps only "
                                    + "five refresh tokens per user per Connected App, so this sixth one revokes the oldest",
                                 at: node,
                                 help: "Give each group of at most five accounts its own Salesforce integration user in `salesforceUser`."))
        }
        return found
    }
}

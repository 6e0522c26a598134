import SetupModel

/// `token-pair-limit`: Salesforce keeps five refresh tokens per user per Connected App; the sixth approval revokes the oldest.
struct TokenPairLimitRule: GuideCheck {
    static let ruleId = "token-pair-limit"
    static let limit = 5

    func check(_ setup: Setup) -> [ModelDiagnostic] {
        var counts: [String: Int] = [:]
        var found: [ModelDiagnostic] = []
        for account in setup.accounts {
            guard let node = account["salesforceUser"], !node.isBlank, let user = node.string else { continue }
            let key = user.trimmingWhitespace.lowercased()
            counts[key, default: 0] += 1
            guard counts[key] == Self.limit + 1 else { continue }
            let total = setup.accounts.filter { $0["salesforceUser"]?.string.map { $0.trimmingWhitespace.lowercased() } == key }.count
            found.append(finding("\(total) accounts authenticate as the Salesforce user \(quoted(user.trimmingWhitespace)), but Salesforce keeps only "
                                    + "five refresh tokens per user per Connected App, so this sixth one revokes the oldest",
                                 at: node,
                                 help: "Give each group of at most five accounts its own Salesforce integration user in `salesforceUser`."))
        }
        return found
    }
}

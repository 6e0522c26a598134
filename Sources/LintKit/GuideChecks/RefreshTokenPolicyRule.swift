import SetupModel
import SourceText
import RuleFiles

/// `refresh-token-policy`: refresh tokens must outlive the access token, or accounts must sign in again.
struct RefreshTokenPolicyRule: GuideCheck {
    static let kinds = ["infinite", "zero", "specific_lifetime", "specific_inactivity"]
    static let units = ["HOURS", "DAYS", "MONTHS"]

    func check(_ setup: Setup) -> [CheckFinding] {
        // The guide's policy, which most setups write, needs no splitting.
        guard let node = setup.oauth?["refreshTokenPolicy"], let text = node.literal, text != "infinite" else { return [] }
        lazy var place = "\(FixLocation.oauthPolicies(setup)) › Refresh Token Policy"
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts[0] {
        case "infinite" where parts.count == 1:
            return []
        case "zero" where parts.count == 1:
            return [finding("the refresh token policy `zero` makes refresh tokens expire at once, so Cyclr cannot stay connected",
                            at: node, help: "Choose \"Refresh token is valid until revoked\" in \(place) and write \(node.assignment(of: "refreshTokenPolicy", to: "infinite")).",
                            severity: .error).fixed(by: infinite(node))]
        case "specific_lifetime", "specific_inactivity":
            if let problem = Self.problem(inTimedPolicy: parts) {
                return [malformed(text, problem, node, place)]
            }
            let ending = parts[0] == "specific_lifetime" ? "expire \(parts[1]) \(parts[2].lowercased()) after they are issued"
                                                         : "expire after \(parts[1]) \(parts[2].lowercased()) unused"
            return [finding("refresh tokens \(ending), and then every account must authenticate again",
                            at: node, help: "Choose \"Refresh token is valid until revoked\" in \(place) unless the expiry is deliberate, "
                                + "and write \(node.assignment(of: "refreshTokenPolicy", to: "infinite")).",
                            severity: .warning).fixed(by: infinite(node))]
        default:
            let known = Self.kinds.contains(parts[0]) ? "`\(parts[0])` takes no `:` values"
                : "\(quoted(parts[0])) is not a policy\(Suggestions.didYouMean(parts[0], among: Self.kinds))"
            return [malformed(text, known, node, place)]
        }
    }

    /// What is wrong with `specific_lifetime:N:UNIT` split on `:`, or nil.
    static func problem(inTimedPolicy parts: [String]) -> String? {
        guard parts.count == 3 else { return "it must be `\(parts[0]):N:UNIT`, e.g. `\(parts[0]):90:DAYS`" }
        guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(parts[1]), number > 0 else {
            return "the duration \(quoted(parts[1])) must be a whole number above 0"
        }
        guard units.contains(parts[2]) else {
            return "the unit \(quoted(parts[2])) must be `HOURS`, `DAYS` or `MONTHS`\(Suggestions.didYouMean(parts[2], among: units))"
        }
        return nil
    }

    private func infinite(_ node: SetupNode) -> FixPlan {
        FixPlan("Write \(node.assignment(of: "refreshTokenPolicy", to: "infinite"))", .unsafe, [.set(node, .text("infinite"))])
    }

    private func malformed(_ text: String, _ problem: String, _ node: SetupNode, _ place: String) -> CheckFinding {
        finding("the refresh token policy \(quoted(text)) is malformed: \(problem)",
                at: node, help: "Write `infinite` (the guide's choice), `zero`, `specific_lifetime:N:UNIT` or `specific_inactivity:N:UNIT` "
                    + "with UNIT = `HOURS`, `DAYS` or `MONTHS`, as set in \(place).",
                severity: .error).fixed(by: infinite(node))
    }
}

import SourceText

/// The settings of an External Client App's policy files, in the setup's terms.
enum ExternalClientAppPolicies {
    static let policyPath = ConnectedAppMapper.oauthPath + ".refreshTokenPolicy"

    /// `refreshTokenPolicyType` as the setup's `refreshTokenPolicy` (`infinite`, `zero`, `specific_lifetime:N:UNIT`,
    /// `specific_inactivity:N:UNIT`), at the type's value. Nil when absent or unreadable (reported then).
    static func refreshTokenPolicy(in root: XMLElementNode, values: inout MetadataValues) -> SetupNode? {
        guard let element = root.child(named: "refreshTokenPolicyType") else { return nil }
        let type = ExternalClientAppType.oauthPolicies
        let (text, range) = element.trimmedText
        guard let kind = type.documentedValue(of: element.name, text) else {
            values.markUnreadable(policyPath)
            return nil
        }
        let policy: String
        switch kind {
        case "Infinite": policy = "infinite"
        case "Zero": policy = "zero"
        default:
            guard let period = root.child(named: "refreshTokenValidityPeriod"), let unit = root.child(named: "refreshTokenValidityUnit") else {
                values.missing(root.child(named: "refreshTokenValidityPeriod") == nil ? "refreshTokenValidityPeriod" : "refreshTokenValidityUnit",
                               in: root, keyPath: policyPath, meaning: "how long refresh tokens last with `\(kind)`")
                values.markUnreadable(policyPath)
                return nil
            }
            let (number, numberRange) = period.trimmedText
            guard number.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(number), count > 0 else {
                values.report(ReadingProblem(kind: .wrongType,
                                             message: "`<refreshTokenValidityPeriod>` must be a whole number above 0, but it is " + (number.isEmpty ? "empty" : "`\(number)`"),
                                             range: numberRange, keyPath: policyPath,
                                             help: "Write the number of units refresh tokens last, e.g. `<refreshTokenValidityPeriod>90</refreshTokenValidityPeriod>`."))
                values.markUnreadable(policyPath)
                return nil
            }
            guard let unitName = type.documentedValue(of: unit.name, unit.trimmedText.text) else {
                values.markUnreadable(policyPath)
                return nil
            }
            policy = (kind == "SpecificLifetime" ? "specific_lifetime" : "specific_inactivity") + ":\(count):\(unitName.uppercased())"
        }
        return values.node(.string(policy), range: range, keyPath: policyPath, keyRange: element.nameRange)
    }

    /// `false` at the element when `isEnabled` or `isOauthPluginEnabled` is false (every plugin, or OAuth, is off).
    static func oauthEnabled(in root: XMLElementNode, values: inout MetadataValues) -> SetupNode? {
        for name in ["isEnabled", "isOauthPluginEnabled"] {
            guard let element = root.child(named: name),
                  let flag = values.boolean(element, keyPath: ConnectedAppMapper.oauthPath + ".enabled"), flag.boolean == false else { continue }
            return flag
        }
        return nil
    }
}

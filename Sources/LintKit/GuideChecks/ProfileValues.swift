import SetupModel

extension Setup {
    /// False when the setup's connector signs in without a Connected App: the guide's checks do not apply.
    var describesConnectedApp: Bool { profile?.usesConnectedApp ?? true }

    /// The profile's values of one kind that the setup holds as literals, each with its node.
    func profileValues(where matches: (ProfileValue.ValueType) -> Bool) -> [(value: ProfileValue, node: SetupNode)] {
        guard let profile, let cyclr else { return [] }
        return profile.values.compactMap { value in
            guard matches(value.type), let node = cyclr[value.name] else { return nil }
            return (value, node)
        }
    }

    /// Where the connector's values are entered in the Cyclr console.
    var cyclrValuesLocation: String { FixLocation.cyclrConnectorSetup(self) }
}

extension ProfileValue {
    /// The environment reference a setup should use for the value: `password` of Salesforce Pardot -> `PARDOT_PASSWORD`
    /// (the connector's words but "Salesforce", then the key's).
    public func environmentName(connector: String) -> String {
        var words = connector.uppercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0 != "SALESFORCE" }
        if words.isEmpty { words = ["SALESFORCE"] }
        let keyName = name.reduce(into: "") { name, character in
            if character.isUppercase { name += "_" }
            name += character.uppercased()
        }
        return (words + [keyName]).joined(separator: "_")
    }
}

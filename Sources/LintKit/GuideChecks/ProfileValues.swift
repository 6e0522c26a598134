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

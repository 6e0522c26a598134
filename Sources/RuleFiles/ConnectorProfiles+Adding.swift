import SetupModel
import SourceText

extension ConnectorProfiles {
    /// These profiles and `added`, refused when two of them answer to one name.
    public func adding(_ added: [ConnectorProfile]) throws(RuleFileError) -> ConnectorProfiles {
        var owners: [String: ConnectorProfile] = [:]
        for profile in all + added {
            for name in profile.names {
                if let owner = owners[Self.normalized(name)] {
                    throw RuleFileError(file: profile.file, position: SourcePosition(line: 1, column: 1),
                                        message: "the profile answers to `\(name)`, which \(owner.file) (`\(owner.name)`) already does; give it a name of its own")
                }
                owners[Self.normalized(name)] = profile
            }
        }
        return ConnectorProfiles((all + added).sorted { $0.name < $1.name })
    }
}

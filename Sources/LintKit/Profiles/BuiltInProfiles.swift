import RuleFiles
import SetupModel
import SourceText

extension ConnectorProfiles {
    /// The profiles compiled into the binary from `Profiles/*.yaml`.
    public static var builtIn: ConnectorProfiles { BuiltInProfiles.loaded.profiles }

    /// Problems of the embedded profile files (empty in any tested build): each names the file and line.
    public static var builtInProblems: [RuleFileError] { BuiltInProfiles.loaded.problems }

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

enum BuiltInProfiles {
    static let loaded: (profiles: ConnectorProfiles, problems: [RuleFileError]) = {
        var profiles: [ConnectorProfile] = []
        var problems: [RuleFileError] = []
        for file in EmbeddedProfileFiles.files {
            switch Result(catching: { () throws(RuleFileError) in try ProfileFileLoader.load(Array(file.text.utf8), file: file.name) }) {
            case .success(let profile): profiles.append(profile)
            case .failure(let error): problems.append(error)
            }
        }
        switch Result(catching: { () throws(RuleFileError) in try ConnectorProfiles.none.adding(profiles) }) {
        case .success(let all): return (all, problems)
        case .failure(let error): return (ConnectorProfiles(profiles), problems + [error])
        }
    }()
}

import FoundationEssentials
import SetupModel

/// How the build reads `Rules/*.yaml` and `Profiles/*.yaml` into the catalogue and profiles it compiles
/// in: every file in full (examples included) through the readers of custom rules and profiles, and
/// every problem kept, so that a broken file stops the build at its line.
public enum BuiltInFileReader {
    /// A file to read and the name it is known by, such as `Rules/callback-url.yaml`.
    public struct File: Sendable {
        public let name: String
        public let bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        /// The file at `path`, named `folder/` and its file name; nil when it cannot be read.
        public init?(path: String, folder: String) {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            self.init(name: folder + "/" + URL(fileURLWithPath: path).lastPathComponent, bytes: Array(data))
        }
    }

    public static func rules(_ files: [File]) -> (rules: [RuleDescription], problems: [RuleFileError]) {
        var rules: [RuleDescription] = []
        var problems: [RuleFileError] = []
        for file in files {
            do {
                rules.append(try RuleFileLoader.load(file.bytes, file: file.name, allowBuiltInChecks: true))
            } catch {
                problems.append(error)
            }
        }
        return (rules, problems)
    }

    /// The profiles sorted by name, as `ConnectorProfiles` keeps them.
    public static func profiles(_ files: [File]) -> (profiles: ConnectorProfiles, problems: [RuleFileError]) {
        var profiles: [ConnectorProfile] = []
        var problems: [RuleFileError] = []
        for file in files {
            do {
                profiles.append(try ProfileFileLoader.load(file.bytes, file: file.name))
            } catch {
                problems.append(error)
            }
        }
        do {
            return (try ConnectorProfiles.none.adding(profiles), problems)
        } catch {
            return (ConnectorProfiles(profiles), problems + [error])
        }
    }
}

import FoundationEssentials
import SetupModel
import SourceText
import RuleFiles

/// Custom connector profiles (`profiles:` in .connectlint.yml): folders of profile files in the
/// `Profiles/` format, read as strictly as the built-in ones. Any problem is exit 2 naming the file,
/// line and what is wrong.
public enum CustomProfiles {
    /// The built-in profiles plus every profile in the folders; no two may answer to one name.
    public static func profiles(adding folders: [CustomRules.Folder], to builtIn: ConnectorProfiles = .builtIn) throws -> ConnectorProfiles {
        if folders.isEmpty { return builtIn }
        var added: [ConnectorProfile] = []
        for folder in folders {
            for file in try CustomRules.ruleFiles(in: folder, what: "profiles", key: "profiles").map(relativeToWorkingFolder) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ConfigurationError(path: file, range: nil, message: "the profile file cannot be read")
                }
                added.append(try configurationError { () throws(RuleFileError) in try ProfileFileLoader.load(Array(data), file: file) })
            }
        }
        return try configurationError { () throws(RuleFileError) in try builtIn.adding(added) }
    }

    /// A path below the working folder as a relative one, as reports name files.
    static func relativeToWorkingFolder(_ path: String) -> String {
        let folder = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    private static func configurationError<T>(_ body: () throws(RuleFileError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ConfigurationError(path: error.file, range: SourceRange(at: error.position), message: error.message)
        }
    }
}

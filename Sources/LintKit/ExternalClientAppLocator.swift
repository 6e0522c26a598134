import FoundationEssentials
import SetupModel
import SourceText

/// Finds the files of an External Client App: side by side in one folder, or in the SFDX project's
/// folders for each type (`externalClientApps/`, `extlClntAppGlobalOauthSets/`, …) under one parent.
enum ExternalClientAppLocator {
    struct Member {
        let path: String
        let kind: MetadataFileKind
        let read: XMLReadResult
        let root: XMLElementNode
        let application: String?
    }

    /// The folders an app with a file in `folder` may keep its other files in: `folder`, and when it is one
    /// of the SFDX folders, its siblings.
    static func folders(besides folder: String) -> [String] {
        let here = folder.isEmpty ? "." : folder
        let name = PathText.lastComponent(here)
        guard MetadataFileKind.externalClientAppKinds.contains(where: { $0.sfdxFolder == name }) else { return [here] }
        return [here] + folders(inside: Linter.normalizedPath("..", from: here)).dropFirst().filter { $0 != here }
    }

    /// A folder named as the app's (a setup's `metadata:`): itself and its SFDX folders.
    static func folders(inside folder: String) -> [String] {
        [folder] + MetadataFileKind.externalClientAppKinds.map { Linter.normalizedPath($0.sfdxFolder, from: folder) }
    }

    /// Every readable External Client App file in `folders` but `excluded`, read, sorted by folder then name.
    /// `source` gives a file's text (the linter's overlay, else the file).
    static func files(in folders: [String], excluding excluded: String?, limits: ParseLimits,
                      source: (String) -> SourceFile) -> [Member] {
        let skipped = excluded.map(Linter.canonical)
        var members: [Member] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() {
                guard let kind = MetadataFileKind(fileName: name), kind.isExternalClientApp else { continue }
                let path = folder == "." ? name : folder + "/" + name
                guard FileDiscovery.kind(of: path) == .file, Linter.canonical(path) != skipped else { continue }
                let read = MetadataXMLReader.read(source(path), limits: limits)
                guard let root = read.root else { continue }
                let application = kind == .externalClientApp ? kind.baseName(of: path) : ExternalClientAppFiles.application(of: root)
                members.append(Member(path: path, kind: kind, read: read, root: root, application: application))
            }
        }
        return members
    }
}

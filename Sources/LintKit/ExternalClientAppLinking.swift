import FoundationEssentials
import SetupModel
import SourceText
import RuleFiles

/// A setup YAML's link to an External Client App: `salesforce.externalClientApp.metadata` names the app's
/// folder or any of its files. The app's files are then the single source of `salesforce.connectedApp`.
extension Linter {
    func linkExternalClientApp(_ reference: SetupNode, of setup: inout Setup, in unit: inout LintUnit) -> Set<RuleNeed> {
        var held = RuleNeed.all.subtracting(RuleNeed.fileSettings)
        guard let relative = reference.literal else {
            unit.report(pathProblem("`metadata` must be the path of an External Client App's folder or of one of its files", at: reference))
            return held
        }
        let (path, shownPath) = linkedPath(relative, in: unit)
        var files = ExternalClientAppFiles()
        switch FileDiscovery.kind(of: path) {
        case .directory:
            let members = ExternalClientAppLocator.files(in: ExternalClientAppLocator.folders(inside: path), excluding: nil, limits: options.limits, source: source(at:))
            let applications = Array(Set(members.compactMap(\.application))).sorted()
            guard applications.count == 1 else {
                unit.report(pathProblem(applications.isEmpty
                    ? "`metadata` names \(shownPath), which holds no External Client App files"
                    : "`metadata` names \(shownPath), which holds the files of several External Client Apps ("
                        + applications.map { "`\($0)`" }.joined(separator: ", ") + "); name one of the app's files", at: reference))
                return held
            }
            adopt(members.filter { $0.application == applications[0] }, into: &files, in: &unit)
        case .file where MetadataFileKind(fileName: path)?.isExternalClientApp == true && FileManager.default.isReadableFile(atPath: path):
            let kind = MetadataFileKind(fileName: path)!
            let index = unit.file(at: path, displayPath: shownPath, input: source(at: path))
            guard let root = readXML(index, in: &unit).root else { return held }
            files[kind] = ExternalClientAppFiles.File(root: root, index: index, baseName: kind.baseName(of: path))
            if let application = files.application {
                let folders = ExternalClientAppLocator.folders(besides: PathText.deletingLastComponent(path))
                adopt(ExternalClientAppLocator.files(in: folders, excluding: path, limits: options.limits, source: source(at:)).filter { $0.application == application },
                      into: &files, in: &unit)
            }
        default:
            unit.report(pathProblem("`metadata` names \(shownPath), which is neither a folder nor a readable External Client App file "
                                    + "(NAME.eca-meta.xml, *.ecaGlblOauth-meta.xml, *.ecaOauth-meta.xml, *.ecaOauthPlcy-meta.xml, *.ecaPlcy-meta.xml)",
                                    at: reference))
            return held
        }
        let read = readExternalClientApp(files, in: &unit)
        setup = MetadataSetup.linking(setup, to: read.mapped)
        held.formUnion(read.held)
        return held
    }
}

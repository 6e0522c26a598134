import FoundationEssentials
import SetupModel
import SourceText
import RuleFiles

/// An External Client App is one unit of work: the files that name the same `<externalClientApplication>`,
/// and its header `NAME.eca-meta.xml`. Each rule runs when the file holding its setting is present.
extension Linter {
    /// Lints the app one of whose files is file 0 of the unit, with its other files.
    func lintExternalClientApp(_ root: XMLElementNode, kind: MetadataFileKind, in unit: inout LintUnit) {
        var files = ExternalClientAppFiles()
        files[kind] = ExternalClientAppFiles.File(root: root, index: 0, baseName: kind.baseName(of: unit[0].displayPath))
        if let path = unit[0].openPath, let application = files.application {
            let folders = ExternalClientAppLocator.folders(besides: PathText.deletingLastComponent(path))
            let members = ExternalClientAppLocator.files(in: folders, excluding: path, limits: options.limits, source: source(at:))
            adopt(members.filter { $0.application == application }, into: &files, in: &unit)
        }
        let read = readExternalClientApp(files, in: &unit)
        guard let node = read.mapped.node else { return }
        checkStandalone(MetadataSetup.standalone(read.mapped, connectedApp: node, serviceDomain: options.serviceDomain),
                        as: .externalClientApp, holding: read.held, in: &unit)
        if options.serviceDomain == nil, let global = files[.externalClientAppGlobalOauth] {
            var unknown = Self.serviceDomainUnknown(at: global.root.nameRange)
            unknown.file = global.index
            unit.report(unknown)
        }
    }

    /// Adds each member to the unit, the first of each kind only.
    func adopt(_ members: [ExternalClientAppLocator.Member], into files: inout ExternalClientAppFiles, in unit: inout LintUnit) {
        for member in members where files[member.kind] == nil {
            let index = unit.file(at: member.path, displayPath: Self.displayPath(member.path), input: source(at: member.path))
            adopt(member.read, as: index, in: &unit)
            files[member.kind] = ExternalClientAppFiles.File(root: member.root, index: index, baseName: member.kind.baseName(of: member.path))
        }
    }

    /// Maps the app's files, reports what reading them found, and says which settings the files hold.
    func readExternalClientApp(_ files: ExternalClientAppFiles, in unit: inout LintUnit) -> (mapped: MappedConnectedApp, held: Set<RuleNeed>) {
        let mapped = ExternalClientAppMapper.map(files)
        unit.report(mapped.problems.map(Diagnostic.init))
        if let global = files[.externalClientAppGlobalOauth] {
            unit[global.index].secrets += mapped.secretRanges
            unit.report(ExternalClientAppFindings.committedGlobalSettings(global))
        }
        let read = Set(MetadataFileKind.externalClientAppKinds.filter { kind in
            files[kind].map { $0.root.name == ExternalClientAppType.of(kind)?.root } ?? false
        })
        if let primary = files.primary {
            unit.report(ExternalClientAppFindings.absentFiles(besides: read, application: files.application, at: primary))
        }
        var held = Set<RuleNeed>()
        for (kind, need) in ExternalClientAppFindings.needs where read.contains(kind) { held.insert(need) }
        return (mapped, held)
    }
}

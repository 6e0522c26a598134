import Foundation
import SetupModel
import SourceText

extension Linter {
    /// Lints an External Client App's `*.ecaGlblOauth-meta.xml` (file 0 of the unit) together with the
    /// `*.ecaOauth-meta.xml` of the same `externalClientApplication` beside it, which holds the scopes.
    func lintExternalClientApp(_ global: XMLElementNode, in unit: inout LintUnit) {
        var settings: XMLElementNode?
        var scopesFile: Int?
        if let path = unit[0].openPath,
           let found = scopesSettings(besides: path, application: ExternalClientAppMapper.application(of: global)) {
            let file = unit.file(at: found.path, displayPath: Self.displayPath(found.path), input: source(at: found.path))
            adopt(found.read, as: file, in: &unit)
            settings = found.read.root
            scopesFile = file
        }
        let mapped = ExternalClientAppMapper.map(global: global, scopes: settings, origin: ValueOrigin(file: 0, format: .externalClientApp),
                                                 scopesOrigin: ValueOrigin(file: scopesFile ?? 0, format: .externalClientApp))
        unit.report(mapped.problems.map(Diagnostic.init))
        unit[0].secrets += mapped.secretRanges
        if let node = mapped.node {
            checkStandalone(MetadataSetup.standalone(mapped, connectedApp: node, serviceDomain: options.serviceDomain),
                            as: .externalClientApp, holdingScopes: settings != nil, in: &unit)
            if options.serviceDomain == nil { unit.report(Self.serviceDomainUnknown(at: global.nameRange)) }
        }
        if scopesFile == nil {
            unit.report(Diagnostic(
                .missingField,
                message: "no `*.ecaOauth-meta.xml` for this External Client App was found beside this file, so its OAuth scopes were not checked",
                range: global.nameRange, keyPath: ExternalClientAppMapper.scopesPath,
                help: "Keep the app's ExtlClntAppOauthSettings file (with `<commaSeparatedOauthScopes>`) in this folder or in ../extlClntAppOauthSettings, "
                    + "with the same `<externalClientApplication>`."))
        }
    }

    /// The ExtlClntAppOauthSettings file of the same app, in the global settings' folder or in the SFDX
    /// layout's `../extlClntAppOauthSettings`; with no app name to match, the only such file in the folder.
    /// The file named like the global one (`NAME.ecaOauth-meta.xml`) is read first, and when it is the app's
    /// no other is read.
    private func scopesSettings(besides globalPath: String, application: String?) -> (path: String, read: XMLReadResult)? {
        let folder = (globalPath as NSString).deletingLastPathComponent
        let here = folder.isEmpty ? "." : folder
        let baseName = MetadataFileKind.externalClientAppGlobalOauth.baseName(of: globalPath)
        var paths: [String] = []
        for candidateFolder in [here, Self.normalizedPath("../extlClntAppOauthSettings", from: here)] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: candidateFolder)) ?? []
            for name in names.sorted() where MetadataFileKind(fileName: name) == .externalClientAppOauth {
                let candidate = candidateFolder == "." ? name : candidateFolder + "/" + name
                if FileDiscovery.kind(of: candidate) == .file { paths.append(candidate) }
            }
        }
        let sameName = paths.filter { MetadataFileKind.externalClientAppOauth.baseName(of: $0) == baseName }
        let ordered = sameName + paths.filter { !sameName.contains($0) }
        var candidates: [(path: String, read: XMLReadResult)] = []
        for path in ordered {
            let read = MetadataXMLReader.read(source(at: path), limits: options.limits)
            if let application, read.root.flatMap(ExternalClientAppMapper.application(of:)) == application { return (path, read) }
            candidates.append((path, read))
        }
        let sameFolder = candidates.filter { ($0.path as NSString).deletingLastPathComponent == folder }
        return application == nil && sameFolder.count == 1 ? sameFolder[0] : nil
    }
}

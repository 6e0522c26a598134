import Foundation
import SetupModel
import YAMLSource
import SourceText

extension Linter {
    /// Lints an External Client App's `*.ecaGlblOauth-meta.xml` together with the `*.ecaOauth-meta.xml`
    /// beside it (same `externalClientApplication`), whose scopes' findings are reported in that file.
    func lintExternalClientApp(_ global: XMLElementNode, comments: [SourceComment], input: SourceFile, path: String) -> FileResult {
        var scopesFile = MetadataLink()
        var settings: XMLElementNode?
        if case .file(let file) = input,
           let found = scopesSettings(besides: file, application: ExternalClientAppMapper.application(of: global)) {
            scopesFile.filePath = found.path
            scopesFile.displayPath = Self.displayPath(found.path)
            scopesFile.comments = found.read.comments
            scopesFile.diagnostics += [found.read.problem].compactMap { $0 }.map(Diagnostic.init)
            settings = found.read.root
        }
        let mapped = ExternalClientAppMapper.map(global: global, scopes: settings)
        var diagnostics = mapped.problems.map(Diagnostic.init)
        var secrets = mapped.secretRanges
        if let node = mapped.node {
            let setup = MetadataSetup.standalone(connectedApp: node, serviceDomain: options.serviceDomain)
            let checked = checkStandalone(setup, as: .externalClientApp, holdingScopes: settings != nil)
            diagnostics += checked.diagnostics
            secrets += checked.secrets
            if options.serviceDomain == nil { diagnostics.append(Self.serviceDomainUnknown(at: global.nameRange)) }
        }
        if scopesFile.filePath == nil {
            diagnostics.append(Diagnostic(
                .missingField,
                message: "no `*.ecaOauth-meta.xml` for this External Client App was found beside this file, so its OAuth scopes were not checked",
                range: global.nameRange, keyPath: ExternalClientAppMapper.scopesPath,
                help: "Keep the app's ExtlClntAppOauthSettings file (with `<commaSeparatedOauthScopes>`) in this folder or in ../extlClntAppOauthSettings, "
                    + "with the same `<externalClientApplication>`."))
        } else {
            let aboutScopes = diagnostics.filter { Self.isAboutScopes($0.keyPath) }
            scopesFile.diagnostics += aboutScopes
            diagnostics.removeAll { Self.isAboutScopes($0.keyPath) }
        }
        var globalResult = result(path: path, input: input, diagnostics: diagnostics, secrets: secrets, comments: suppressionComments(comments))
        globalResult.linkedResults = linkedResults([scopesFile])
        return globalResult
    }

    static func isAboutScopes(_ keyPath: String) -> Bool {
        keyPath == ExternalClientAppMapper.scopesPath || keyPath.hasPrefix(ExternalClientAppMapper.scopesPath + "[")
    }

    /// The ExtlClntAppOauthSettings file of the same app, in the global settings' folder or in the
    /// SFDX layout's `../extlClntAppOauthSettings`; with no app name to match, the only such file in the folder.
    private func scopesSettings(besides globalPath: String, application: String?) -> (path: String, read: XMLReadResult)? {
        let folder = (globalPath as NSString).deletingLastPathComponent
        let folders = [folder.isEmpty ? "." : folder, Self.normalizedPath("../extlClntAppOauthSettings", from: folder.isEmpty ? "." : folder)]
        var candidates: [(path: String, read: XMLReadResult)] = []
        for candidateFolder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: candidateFolder)) ?? []
            for name in names.sorted() where MetadataFileKind(fileName: name) == .externalClientAppOauth {
                let candidate = candidateFolder == "." ? name : candidateFolder + "/" + name
                guard FileDiscovery.kind(of: candidate) == .file, let size = Self.size(of: .file(candidate)), size <= options.limits.maxFileBytes,
                      let data = FileManager.default.contents(atPath: candidate) else { continue }
                candidates.append((candidate, MetadataXMLReader.read([UInt8](data), limits: options.limits)))
            }
        }
        if let application, let match = candidates.first(where: { $0.read.root.flatMap(ExternalClientAppMapper.application(of:)) == application }) {
            return match
        }
        let sameFolder = candidates.filter { ($0.path as NSString).deletingLastPathComponent == folder }
        return application == nil && sameFolder.count == 1 ? sameFolder[0] : nil
    }
}

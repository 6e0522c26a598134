import Foundation
import SetupModel
import YAMLSource
import SourceText

extension Linter {
    /// Lints a Salesforce metadata file on its own (SPEC §3 for the guide's rules, issue 6 for the file).
    func lintMetadata(_ input: SourceFile, kind: MetadataFileKind, path: String) -> FileResult {
        let bytes: [UInt8]
        switch input {
        case .bytes(let data):
            bytes = data
        case .file(let file):
            if let size = Self.size(of: input), size > options.limits.maxFileBytes {
                return result(path: path, input: input, diagnostics: [Diagnostic(MetadataXMLReader.sizeLimitProblem(size: size, limits: options.limits))], secrets: [])
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                return result(path: path, input: input, diagnostics: [Diagnostic(
                    .xmlSyntax, message: "the file could not be read", range: .fileStart,
                    help: "Check the file's permissions.")], secrets: [])
            }
            bytes = [UInt8](data)
        }
        let read = MetadataXMLReader.read(bytes, limits: options.limits)
        guard let root = read.root else {
            return result(path: path, input: input, diagnostics: [read.problem].compactMap { $0 }.map(Diagnostic.init), secrets: [])
        }
        var diagnostics: [Diagnostic] = []
        var secrets: [SourceRange] = []
        switch kind {
        case .connectedApp:
            let mapped = ConnectedAppMapper.map(root, apiName: kind.baseName(of: path))
            diagnostics += mapped.problems.map(Diagnostic.init)
            secrets += mapped.secretRanges
            if let node = mapped.node {
                let setup = MetadataSetup.standalone(connectedApp: node, serviceDomain: options.serviceDomain)
                let checked = checkStandalone(setup, as: .connectedApp)
                diagnostics += checked.diagnostics
                secrets += checked.secrets
                if options.serviceDomain == nil { diagnostics.append(Self.serviceDomainUnknown(at: root.nameRange)) }
            }
        case .externalClientAppGlobalOauth:
            return lintExternalClientApp(root, comments: read.comments, input: input, path: path)
        case .externalClientAppOauth:
            diagnostics += ExternalClientAppMapper.scopeProblems(root).map(Diagnostic.init)
        }
        return result(path: path, input: input, diagnostics: diagnostics, secrets: secrets, comments: suppressionComments(read.comments))
    }

    /// The XML comments that may hold suppression directives, as the suppression reader takes them.
    func suppressionComments(_ comments: [SourceComment]) -> [SourceComment] {
        guard options.inlineSuppressions else { return [] }
        return comments.filter { $0.text.contains(SuppressionDirective.marker) }
    }

    /// Runs the guide's rules on a setup read from metadata files alone: those that judge this kind of
    /// input with what it holds (never the Cyclr side; the service domain when one was given).
    func checkStandalone(_ setup: Setup, as input: RuleInput, holdingScopes: Bool = true)
        -> (diagnostics: [Diagnostic], secrets: [SourceRange]) {
        var available = Set<RuleNeed>()
        if options.serviceDomain != nil { available.insert(.serviceDomain) }
        if holdingScopes { available.insert(.scopes) }
        let checked = check(setup, as: input, holding: available)
        let diagnostics = checked.diagnostics.map { MetadataWording.reworded($0, externalClientApp: input == .externalClientApp) }
        return (diagnostics, checked.secrets)
    }

    static func serviceDomainUnknown(at range: SourceRange) -> Diagnostic {
        Diagnostic(.serviceDomainUnknown,
                        message: "no Cyclr service domain is known, so the callback URL and service domain checks were skipped",
                        range: range,
                        help: "Pass `--service-domain YOUR-h.cyclr.com`, set `serviceDomain` in .connectlint.yml, or lint a setup YAML whose `salesforce.connectedApp.metadata` names this file.")
    }
}

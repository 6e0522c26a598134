import Foundation
import SetupModel
import YAMLSource
import SourceText

/// Which guide rules a metadata file linted on its own cannot judge.
enum MetadataRuleScope {
    /// Rules about the Cyclr side, which a metadata file does not hold.
    static let cyclrSide: Set<String> = [
        "deferred-credential", "plaintext-secret", "swapped-credentials", "credential-mismatch",
        "token-pair-limit", "unknown-connector", "sandbox-org",
    ]
    /// Rules about the files of an External Client App that connectlint does not read (`*.eca-meta.xml`).
    static let externalClientAppHeader: Set<String> = ["connected-app-name", "contact-email", "api-name"]
    /// Rules about the scopes, which an External Client App keeps in its `*.ecaOauth-meta.xml`.
    static let scopes: Set<String> = ["scope-data-access", "scope-restricted", "scope-refresh-token", "unknown-scope"]
    /// Rules that need the Cyclr service domain.
    static let serviceDomain: Set<String> = ["callback-url", "service-domain-format", "service-domain-console"]
}

extension Linter {
    /// Lints a Salesforce metadata file on its own (SPEC §3 for the guide's rules, issue 6 for the file).
    func lintMetadata(_ input: SourceFile, kind: MetadataFileKind, path: String) -> FileResult {
        let bytes: [UInt8]
        switch input {
        case .bytes(let data):
            bytes = data
        case .file(let file):
            if let size = Self.size(of: input), size > options.limits.maxFileBytes {
                return result(path: path, input: input, diagnostics: [MetadataXMLReader.sizeLimitDiagnostic(size: size, limits: options.limits)], secrets: [])
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                return result(path: path, input: input, diagnostics: [ModelDiagnostic(
                    ruleId: MetadataRule.xmlSyntax, message: "the file could not be read", range: .fileStart, keyPath: "",
                    help: "Check the file's permissions.")], secrets: [])
            }
            bytes = [UInt8](data)
        }
        let read = MetadataXMLReader.read(bytes, limits: options.limits)
        guard let root = read.root else {
            return result(path: path, input: input, diagnostics: [read.problem].compactMap { $0 }, secrets: [])
        }
        var diagnostics: [ModelDiagnostic] = []
        var secrets: [SourceRange] = []
        switch kind {
        case .connectedApp:
            let mapped = ConnectedAppMapper.map(root, apiName: kind.baseName(of: path))
            diagnostics += mapped.diagnostics
            secrets += mapped.secretRanges
            if let node = mapped.node {
                let setup = MetadataSetup.standalone(connectedApp: node, serviceDomain: options.serviceDomain)
                let checked = checkStandalone(setup)
                diagnostics += checked.diagnostics
                secrets += checked.secrets
                if options.serviceDomain == nil { diagnostics.append(Self.serviceDomainUnknown(at: root.nameRange)) }
            }
        case .externalClientAppGlobalOauth:
            return lintExternalClientApp(root, comments: read.comments, input: input, path: path)
        case .externalClientAppOauth:
            diagnostics += ExternalClientAppMapper.scopeDiagnostics(root)
        }
        return result(path: path, input: input, diagnostics: diagnostics, secrets: secrets, comments: suppressionComments(read.comments))
    }

    /// The XML comments that may hold suppression directives, as the suppression reader takes them.
    func suppressionComments(_ comments: [SourceComment]) -> [SourceComment] {
        guard options.inlineSuppressions else { return [] }
        return comments.filter { $0.text.contains(SuppressionRule.marker) }
    }

    /// Runs the guide's rules on a setup read from a metadata file alone, leaving out the rules it cannot judge.
    func checkStandalone(_ setup: Setup, skipping notApplicable: Set<String> = [], externalClientApp: Bool = false)
        -> (diagnostics: [ModelDiagnostic], secrets: [SourceRange]) {
        var skipped = MetadataRuleScope.cyclrSide.union(notApplicable)
        if options.serviceDomain == nil { skipped.formUnion(MetadataRuleScope.serviceDomain) }
        // Without `<oauthConfig>` no OAuth setting can be written, so `oauth-disabled` alone says what to do.
        if setup.oauth?["enabled"]?.boolean == false { skipped.insert("refresh-token-secret") }
        let checked = check(setup)
        let diagnostics = checked.diagnostics.filter { !skipped.contains($0.ruleId) }
            .map { MetadataWording.reworded($0, externalClientApp: externalClientApp) }
        return (diagnostics, checked.secrets)
    }

    static func serviceDomainUnknown(at range: SourceRange) -> ModelDiagnostic {
        ModelDiagnostic(ruleId: MetadataRule.serviceDomainUnknown,
                        message: "no Cyclr service domain is known, so the callback URL and service domain checks were skipped",
                        range: range, keyPath: "",
                        help: "Pass `--service-domain YOUR-h.cyclr.com`, set `serviceDomain` in .connectlint.yml, or lint a setup YAML whose `salesforce.connectedApp.metadata` names this file.")
    }
}

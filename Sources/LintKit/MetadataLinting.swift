import FoundationEssentials
import SetupModel
import SourceText
import RuleFiles

extension Linter {
    /// Lints a Salesforce metadata file named on its own, with the files that belong to it.
    func lintMetadata(_ input: SourceFile, kind: MetadataFileKind, path: String, openPath: String?) -> FileResult {
        var unit = LintUnit(input, displayPath: path, openPath: openPath)
        guard let root = readXML(0, in: &unit).root else { return results(of: unit) }
        switch kind {
        case .connectedApp:
            let origin = ValueOrigin(file: 0, format: .connectedApp)
            let mapped = ConnectedAppMapper.map(root, apiName: kind.baseName(of: path), origin: origin)
            unit.report(mapped.problems.map(Diagnostic.init))
            unit[0].secrets += mapped.secretRanges
            if let node = mapped.node {
                checkStandalone(MetadataSetup.standalone(mapped, connectedApp: node, serviceDomain: options.serviceDomain),
                                as: .connectedApp, holding: RuleNeed.fileSettings, in: &unit)
                if options.serviceDomain == nil { unit.report(Self.serviceDomainUnknown(at: root.nameRange)) }
            }
        default:
            lintExternalClientApp(root, kind: kind, in: &unit)
        }
        return results(of: unit)
    }

    /// Runs the guide's rules on a setup read from metadata files alone: those that judge this kind of
    /// input with the settings its files hold (never the Cyclr side; the service domain when one was given).
    func checkStandalone(_ setup: Setup, as input: RuleInput, holding settings: Set<RuleNeed>, in unit: inout LintUnit) {
        var available = settings
        if options.serviceDomain != nil { available.insert(.serviceDomain) }
        let checked = check(setup, as: input, holding: available)
        unit.report(checked.diagnostics)
        unit.mask(checked.secrets)
    }

    static func serviceDomainUnknown(at range: SourceRange) -> Diagnostic {
        Diagnostic(.serviceDomainUnknown,
                   message: "no Cyclr service domain is known, so the callback URL and service domain checks were skipped",
                   range: range,
                   help: "Pass `--service-domain YOUR-h.cyclr.com`, set `serviceDomain` in .connectlint.yml, or lint a setup YAML whose `salesforce.connectedApp.metadata` names this file.")
    }
}

import FoundationEssentials
import SetupModel
import SourceText
import RuleFiles

/// A setup YAML's link to the Connected App metadata file its `salesforce.connectedApp.metadata`
/// names. The file is the single source of the Connected App: the YAML's other `connectedApp` keys
/// are not read (`metadata-shadowed-key` says so), so the two can never silently disagree.
extension Linter {
    static let metadataKeyPath = ConnectedAppMapper.keyPath + ".metadata"

    /// Reads the metadata files a setup names into the unit (once, however many documents name them) and
    /// puts their Connected App or External Client App into the setup; findings about the link itself go to
    /// the setup YAML. Returns what the setup then holds, for the rules that need it.
    func linkMetadata(of setup: inout Setup, in unit: inout LintUnit) -> Set<RuleNeed> {
        for key in setup.replacedKeys {
            let byExternalClientApp = key.keyPath == ConnectedAppMapper.keyPath
            unit.report(Diagnostic(
                .metadataShadowedKey,
                message: byExternalClientApp
                    ? "`connectedApp` is not used: `externalClientApp` names the External Client App's metadata files, which are read instead"
                    : "`\(key.name)` is not used: `metadata` names the Connected App's metadata file, which is read instead",
                range: key.keyRange, keyPath: key.keyPath,
                help: byExternalClientApp
                    ? "Remove `connectedApp` here, or remove `externalClientApp` to describe the Connected App in this file."
                    : "Remove `\(key.name)` here and set it in the metadata file, or remove `metadata` to describe the Connected App in this file."))
        }
        if let reference = setup.salesforce?["externalClientApp"]?["metadata"] {
            return linkExternalClientApp(reference, of: &setup, in: &unit)
        }
        let everything = RuleNeed.all
        guard let reference = setup.connectedApp?["metadata"] else { return everything }
        guard let relative = reference.literal, MetadataFileKind(fileName: relative) == .connectedApp else {
            unit.report(pathProblem("`metadata` must be the path of a Connected App metadata file (NAME.connectedApp-meta.xml or NAME.connectedApp)",
                                    at: reference))
            return everything
        }
        let (filePath, shownPath) = linkedPath(relative, in: unit)
        guard FileDiscovery.kind(of: filePath) == .file, FileManager.default.isReadableFile(atPath: filePath) else {
            unit.report(pathProblem("`metadata` names \(shownPath), which is not a readable file", at: reference))
            return everything
        }
        let file = unit.file(at: filePath, displayPath: shownPath, input: source(at: filePath))
        guard let root = readXML(file, in: &unit).root else { return everything }
        let origin = ValueOrigin(file: file, format: .connectedApp)
        let mapped = ConnectedAppMapper.map(root, apiName: MetadataFileKind.connectedApp.baseName(of: filePath), origin: origin)
        unit.report(mapped.problems.map(Diagnostic.init))
        if unit[file].secrets.isEmpty { unit[file].secrets = mapped.secretRanges }
        setup = MetadataSetup.linking(setup, to: mapped)
        return everything
    }

    /// The path a setup's `metadata:` names (relative to the setup YAML), as opened and as reports show it.
    func linkedPath(_ relative: String, in unit: LintUnit) -> (path: String, shown: String) {
        let yamlFolder = unit[0].openPath.map { PathText.deletingLastComponent($0) } ?? "."
        return (Self.normalizedPath(relative, from: yamlFolder),
                Self.displayPath(Self.normalizedPath(relative, from: PathText.deletingLastComponent(unit[0].displayPath))))
    }

    /// The run's results with each linked result listed as a file of its own. A metadata file a setup
    /// links is reported from the setup (which knows the Cyclr side), not also on its own; findings
    /// of several setups linking one file are merged.
    static func mergingLinkedResults(_ results: [FileResult]) -> [FileResult] {
        let linked = results.flatMap(\.linkedResults)
        guard !linked.isEmpty else { return results }
        let linkedFiles = Set(linked.map { canonical($0.path) })
        var merged: [String: FileResult] = [:]
        var order: [String] = []
        for result in results.filter({ !linkedFiles.contains(canonical($0.path)) }) + linked {
            var plain = result
            plain.linkedResults = []
            let key = canonical(result.path)
            if let earlier = merged[key] {
                // Sets, not `contains`: a linked file with thousands of findings, linked from several setups, compared every pair.
                var findings = earlier.findings, seen = Set(earlier.findings)
                for finding in plain.findings where seen.insert(finding).inserted { findings.append(finding) }
                let suppressedEarlier = Set(earlier.suppressedFindings)
                var combined = FileResult(path: earlier.path, findings: findings.sorted(by: Finding.reportOrder),
                                          sourceLines: earlier.sourceLines.merging(plain.sourceLines) { first, _ in first },
                                          suppressedFindings: earlier.suppressedFindings
                                            + plain.suppressedFindings.filter { !suppressedEarlier.contains($0) })
                combined.openPath = earlier.openPath
                combined.secretRanges = earlier.secretRanges + plain.secretRanges
                merged[key] = combined
            } else {
                merged[key] = plain
                order.append(key)
            }
        }
        return order.compactMap { merged[$0] }
    }

    func pathProblem(_ message: String, at node: SetupNode) -> Diagnostic {
        Diagnostic(.metadataPath, message: message, range: node.range, keyPath: node.keyPath,
                   help: node.keyPath == Self.metadataKeyPath
                       ? "Write the path of the Connected App's metadata file relative to this file, e.g. "
                           + "`metadata: force-app/main/default/connectedApps/NAME.connectedApp-meta.xml`."
                       : "Write the path of the External Client App's folder, or of one of its files, relative to this file, e.g. "
                           + "`metadata: force-app/main/default` or `metadata: force-app/main/default/externalClientApps/NAME.eca-meta.xml`.")
    }

    /// `relative` resolved against `folder`, with `.` and `..` steps removed as text (links are not followed).
    static func normalizedPath(_ relative: String, from folder: String) -> String {
        let joined = relative.hasPrefix("/") || folder.isEmpty || folder == "." ? relative : folder + "/" + relative
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let path = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? "/" + path : (path.isEmpty ? "." : path)
    }

    static func canonical(_ path: String) -> String {
        StandardPath.of(path)
    }
}

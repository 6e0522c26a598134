import Foundation
import SetupModel
import YAMLSource
import SourceText

/// A setup YAML's link to the Connected App metadata file its `salesforce.connectedApp.metadata`
/// names. The file is the single source of the Connected App: the YAML's other `connectedApp` keys
/// are reported (`metadata-shadowed-key`) and not used, so the two can never silently disagree.
struct MetadataLink {
    static let connectedAppPath = ConnectedAppMapper.keyPath
    static let metadataKeyPath = connectedAppPath + ".metadata"

    /// The metadata file as opened, and as reports name it; nil when the YAML did not name a usable file.
    var filePath: String?
    var displayPath = ""
    /// Findings in the setup YAML about the link itself.
    var yamlDiagnostics: [Diagnostic] = []
    /// Findings in the metadata file.
    var diagnostics: [Diagnostic] = []
    var secrets: [SourceRange] = []
    var comments: [SourceComment] = []
    /// Whether the Connected App came from the file; when not, the guide's findings about it are dropped.
    var connectedAppRead = false

    /// Whether a finding is about the Connected App (and so belongs to the metadata file).
    static func isAboutConnectedApp(_ keyPath: String) -> Bool {
        guard keyPath != metadataKeyPath, keyPath.hasPrefix(connectedAppPath) else { return false }
        let rest = keyPath.dropFirst(connectedAppPath.count)
        return rest.isEmpty || rest.first == "." || rest.first == "["
    }
}

extension Linter {
    /// Reads the metadata file a setup names and puts its Connected App into the setup; nil when the setup names none.
    func linkMetadata(of setup: inout Setup, yaml input: SourceFile, displayPath: String) -> MetadataLink? {
        guard let app = setup.connectedApp, let reference = app["metadata"] else { return nil }
        var link = MetadataLink()
        for field in app.fields ?? [] where field.name != "metadata" {
            link.yamlDiagnostics.append(Diagnostic(
                .metadataShadowedKey,
                message: "`\(field.name)` is not used: `metadata` names the Connected App's metadata file, which is read instead",
                range: field.keyRange, keyPath: field.node.keyPath,
                help: "Remove `\(field.name)` here and set it in the metadata file, or remove `metadata` to describe the Connected App in this file."))
        }
        guard let relative = reference.literal, MetadataFileKind(fileName: relative) == .connectedApp else {
            link.yamlDiagnostics.append(pathProblem("`metadata` must be the path of a Connected App metadata file (NAME.connectedApp-meta.xml or NAME.connectedApp)",
                                                    at: reference))
            return link
        }
        let yamlFolder: String = {
            guard case .file(let file) = input else { return "." }
            return (file as NSString).deletingLastPathComponent
        }()
        let filePath = Self.normalizedPath(relative, from: yamlFolder)
        let shownPath = Self.displayPath(Self.normalizedPath(relative, from: (displayPath as NSString).deletingLastPathComponent))
        guard FileDiscovery.kind(of: filePath) == .file, let data = FileManager.default.contents(atPath: filePath) else {
            link.yamlDiagnostics.append(pathProblem("`metadata` names \(shownPath), which is not a readable file", at: reference))
            return link
        }
        link.filePath = filePath
        link.displayPath = shownPath
        let read = MetadataXMLReader.read([UInt8](data), limits: options.limits)
        link.comments = read.comments
        guard let root = read.root else {
            link.diagnostics += [read.problem].compactMap { $0 }.map(Diagnostic.init)
            return link
        }
        let mapped = ConnectedAppMapper.map(root, apiName: MetadataFileKind.connectedApp.baseName(of: filePath))
        link.diagnostics += mapped.problems.map(Diagnostic.init)
        link.secrets += mapped.secretRanges
        guard let node = mapped.node else { return link }
        setup = MetadataSetup.linking(setup, to: node)
        link.connectedAppRead = true
        return link
    }

    /// Moves the guide's findings about the Connected App (from `rulesStart` on) to the metadata file,
    /// or drops them when the file could not be read, and adds the link's own findings in the YAML.
    /// The decoder's `missing-field` and `wrong-type` findings for the unused `connectedApp` keys are dropped:
    /// `metadata-shadowed-key` already says those keys are not used.
    static func route(_ diagnostics: [Diagnostic], decoderStart: Int, rulesStart: Int, to link: inout MetadataLink) -> [Diagnostic] {
        let unusedKeyRules: Set<String> = [RuleID.missingField.rawValue, RuleID.wrongType.rawValue]
        var kept = Array(diagnostics[..<decoderStart])
        kept += diagnostics[decoderStart..<rulesStart].filter {
            !(unusedKeyRules.contains($0.ruleId) && MetadataLink.isAboutConnectedApp($0.keyPath))
        }
        for diagnostic in diagnostics[rulesStart...] {
            guard MetadataLink.isAboutConnectedApp(diagnostic.keyPath) else {
                kept.append(diagnostic)
                continue
            }
            guard link.connectedAppRead else { continue }
            link.diagnostics.append(MetadataWording.reworded(diagnostic))
        }
        return kept + link.yamlDiagnostics
    }

    /// One result per metadata file the setup's documents linked.
    func linkedResults(_ links: [MetadataLink]) -> [FileResult] {
        var byPath: [String: MetadataLink] = [:]
        var order: [String] = []
        for link in links {
            guard let filePath = link.filePath else { continue }
            if var merged = byPath[filePath] {
                for diagnostic in link.diagnostics where !merged.diagnostics.contains(diagnostic) {
                    merged.diagnostics.append(diagnostic)
                }
                merged.secrets += link.secrets
                byPath[filePath] = merged
            } else {
                byPath[filePath] = link
                order.append(filePath)
            }
        }
        return order.compactMap { filePath in
            byPath[filePath].map { link in
                result(path: link.displayPath, input: .file(filePath), diagnostics: link.diagnostics, secrets: link.secrets,
                       comments: suppressionComments(link.comments))
            }
        }
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
                var findings = earlier.findings
                for finding in plain.findings where !findings.contains(finding) { findings.append(finding) }
                merged[key] = FileResult(path: earlier.path, findings: findings.sorted(by: Finding.reportOrder),
                                         sourceLines: earlier.sourceLines.merging(plain.sourceLines) { first, _ in first },
                                         suppressedFindings: earlier.suppressedFindings
                                            + plain.suppressedFindings.filter { !earlier.suppressedFindings.contains($0) })
            } else {
                merged[key] = plain
                order.append(key)
            }
        }
        return order.compactMap { merged[$0] }
    }

    private func pathProblem(_ message: String, at node: SetupNode) -> Diagnostic {
        Diagnostic(.metadataPath, message: message, range: node.range, keyPath: MetadataLink.metadataKeyPath,
                        help: "Write the path of the Connected App's metadata file relative to this file, e.g. "
                            + "`metadata: force-app/main/default/connectedApps/NAME.connectedApp-meta.xml`.")
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

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

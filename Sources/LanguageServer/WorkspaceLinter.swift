import FoundationEssentials
import LintKit
import SourceText

/// Lints open documents with the `.connectlint.yml` nearest each one, reading other open documents from
/// their buffers.
final class WorkspaceLinter {
    /// The largest buffer linted (`--max-file-size`); a bigger one gets the `input-limit` finding.
    let maxFileBytes: Int
    /// Options by configuration file ("" for none), dropped when a configuration changes.
    private var optionsCache: [String: LintOptions] = [:]
    /// Configuration problems already shown, so a broken file is reported once until it changes.
    private var reportedProblems = Set<String>()

    init(maxFileBytes: Int) {
        self.maxFileBytes = maxFileBytes
    }

    func configurationChanged() {
        optionsCache = [:]
        reportedProblems = []
    }

    /// The options for a document at `path`, and a problem with its configuration to tell the user (once) when
    /// the configuration cannot be used; the built-in rules are used then.
    func options(forDocumentAt path: String) -> (options: LintOptions, problem: String?) {
        let folder = PathText.deletingLastComponent(path)
        let configPath = ConfigurationLoader.find(from: folder).map(StandardPath.of) ?? ""
        if let cached = optionsCache[configPath] { return (cached, nil) }
        var problem: String?
        var options: LintOptions
        do {
            options = try LintOptions.configured(configPath: configPath.isEmpty ? nil : configPath, searchingFrom: folder).0
        } catch {
            options = LintOptions()
            let text = "connectlint: \(error) — linting with the built-in rules"
            if reportedProblems.insert(text).inserted { problem = text }
        }
        options.jobs = 1
        options.limits.maxFileBytes = maxFileBytes
        optionsCache[configPath] = options
        return (options, problem)
    }

    /// Whether a directory walk would lint the file (its name, and the configuration's include and exclude).
    func lints(_ path: String) -> Bool {
        options(forDocumentAt: path).options.fileSelection.accepts(path)
    }

    /// The findings of the document and of each file it links, by URI.
    func lint(_ document: OpenDocument, openDocuments: [String: OpenDocument]) -> (files: [LintedFile], problem: String?) {
        guard let path = document.path else { return ([], nil) }
        var (options, problem) = options(forDocumentAt: path)
        options.overlay = overlay(openDocuments)
        let result = Linter(options: options).lint(.bytes(document.bytes), path: path, openPath: path)
        var files = [LintedFile(uri: document.uri, version: document.version, findings: result.findings, lines: document.lines,
                                catalog: options.catalog)]
        let byPath = Dictionary(openDocuments.values.compactMap { doc in doc.path.map { ($0, doc) } }, uniquingKeysWith: { first, _ in first })
        for linked in result.linkedResults {
            let linkedPath = linked.openPath ?? linked.path
            if let open = byPath[linkedPath] {
                files.append(LintedFile(uri: open.uri, version: open.version, findings: linked.findings, lines: open.lines, catalog: options.catalog))
            } else {
                let text = SourceFile.file(linkedPath).readAll().map { String(decoding: $0, as: UTF8.self) } ?? ""
                files.append(LintedFile(uri: DocumentURI.uri(ofPath: linkedPath), version: nil, findings: linked.findings,
                                        lines: LineTable(text), catalog: options.catalog))
            }
        }
        return (files, problem)
    }

    /// Every safe fix for the document's file and the files it links, applied in passes as `--fix` does, as the
    /// fixed texts by path; nothing is written. Empty when the file is not on disk (the fixer lints paths).
    func fixedTexts(of document: OpenDocument, openDocuments: [String: OpenDocument]) -> [FileFixOutcome] {
        guard let path = document.path, FileManager.default.fileExists(atPath: path) else { return [] }
        var options = options(forDocumentAt: path).options
        options.overlay = overlay(openDocuments)
        let run = try? Fixer(options: options, includeUnsafe: false).fix(paths: [path])
        return (run?.outcomes ?? []).filter { $0.refusal == nil && $0.changed }
    }

    private func overlay(_ documents: [String: OpenDocument]) -> [String: [UInt8]] {
        Dictionary(documents.values.compactMap { doc in doc.path.map { ($0, doc.bytes) } }, uniquingKeysWith: { first, _ in first })
    }
}

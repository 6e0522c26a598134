import LintKit
import SourceText

/// The code actions for a range of a linted file: a quick fix per fix (safe ones preferred), a
/// "Disable RULE for this line", and `source.fixAll.connectlint`.
struct CodeActionBuilder {
    let file: LintedFile
    let path: String
    let encoding: PositionEncoding

    func quickFixes(in range: LSPRange) -> [CodeAction] {
        let start = file.lines.sourcePosition(range.start, in: encoding)
        let end = file.lines.sourcePosition(range.end, in: encoding)
        let touched = file.findings.filter { $0.range.start <= end && (start < $0.range.end || start == $0.range.start) }
        var actions: [CodeAction] = []
        var disabled = Set<String>()
        for finding in touched {
            let diagnostic = DiagnosticConverter.diagnostic(finding, lines: file.lines, encoding: encoding)
            for fix in [finding.fix].compactMap({ $0 }) + finding.alternativeFixes {
                let edits = fix.edits.map { LSPTextEdit(range: file.lines.range($0.range, in: encoding), newText: $0.replacement) }
                actions.append(CodeAction(title: fix.title, kind: CodeActionKind.quickFix, diagnostics: [diagnostic],
                                          isPreferred: fix.applicability == .safe, edit: WorkspaceEdit(changes: [file.uri: edits])))
            }
            guard disabled.insert("\(finding.ruleId) \(finding.range.start.line)").inserted,
                  let edit = SuppressionEdit.edit(for: finding, path: path, lines: file.lines) else { continue }
            actions.append(CodeAction(title: "Disable \(finding.ruleId) for this line", kind: CodeActionKind.quickFix, diagnostics: [diagnostic],
                                      isPreferred: false, edit: WorkspaceEdit(changes: [file.uri: [edit]])))
        }
        return actions
    }

    /// One action applying every safe fix; each changed file gets one edit over the part that changed.
    static func fixAll(_ outcomes: [FileFixOutcome], uri: (String) -> String, encoding: PositionEncoding) -> CodeAction? {
        var changes: [String: [LSPTextEdit]] = [:]
        for outcome in outcomes {
            guard let path = outcome.openPath else { continue }
            changes[uri(path)] = [minimalEdit(from: outcome.original, to: outcome.fixed, encoding: encoding)]
        }
        guard !changes.isEmpty else { return nil }
        let count = outcomes.reduce(0) { $0 + $1.applied.count }
        return CodeAction(title: "Fix all safe connectlint findings (\(count))", kind: CodeActionKind.fixAll, diagnostics: nil,
                          isPreferred: nil, edit: WorkspaceEdit(changes: changes))
    }

    /// Replaces only what differs between the texts (whole scalars), so the editor keeps the cursor and folds elsewhere.
    static func minimalEdit(from original: [UInt8], to fixed: [UInt8], encoding: PositionEncoding) -> LSPTextEdit {
        var prefix = 0
        while prefix < original.count, prefix < fixed.count, original[prefix] == fixed[prefix] { prefix += 1 }
        while prefix > 0, original.indices.contains(prefix), original[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < original.count - prefix, suffix < fixed.count - prefix,
              original[original.count - 1 - suffix] == fixed[fixed.count - 1 - suffix] { suffix += 1 }
        while suffix > 0, original[original.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        let lines = LineTable(String(decoding: original, as: UTF8.self))
        let range = LSPRange(start: lines.position(ofByte: prefix, in: encoding), end: lines.position(ofByte: original.count - suffix, in: encoding))
        return LSPTextEdit(range: range, newText: String(decoding: fixed[prefix..<(fixed.count - suffix)], as: UTF8.self))
    }
}

import FoundationEssentials
import SourceText
import LintKit
import Reports

extension LintCommand {
    /// Runs `--fix`, `--unsafe-fixes` or `--diff`: returns the lint of the fixed texts (what remains), and whether a
    /// diff showed a change. Files are written only by `--fix` without `--diff`, and only those whose fixes held.
    func fix(_ options: LintOptions) throws -> (run: LintRun, diffShowedChanges: Bool) {
        let standardInput = paths.contains("-") ? Linter.readStandardInput(atMost: options.limits.maxFileBytes + 1) : nil
        let fixer = Fixer(options: options, includeUnsafe: fixOptions.unsafeFixes)
        let fixed = try fixer.fix(paths: paths, standardInput: standardInput, standardInputName: stdinFilename)
        var problems: [String] = fixed.outcomes.compactMap { outcome in outcome.refusal.map { "\(outcome.path): \($0)" } }
        var diffShowedChanges = false
        if fixOptions.diff {
            let diff = fixed.outcomes.filter { $0.refusal == nil }
                .map { UnifiedDiff.render($0, secretsBefore: $0.secretsBefore, secretsAfter: $0.secretsAfter) }.joined()
            diffShowedChanges = !diff.isEmpty
            writeToStandardOutput(diff)
        } else {
            for outcome in fixed.outcomes where outcome.refusal == nil && outcome.changed {
                if outcome.openPath == nil {
                    writeToStandardOutput(String(decoding: outcome.fixed, as: UTF8.self))
                    continue
                }
                do throws(FixWriter.Failure) {
                    try FixWriter.write(outcome)
                } catch {
                    problems.append(error.description)
                }
            }
            if let standardInput, !fixed.outcomes.contains(where: { $0.openPath == nil && $0.changed && $0.refusal == nil }) {
                writeToStandardOutput(String(decoding: standardInput, as: UTF8.self))
            }
        }
        for problem in problems { SystemIO.writeStandardError("connectlint: \(problem)\n") }
        var run = fixed.run
        if !fixOptions.diff {
            let kept = fixed.outcomes.filter { $0.refusal == nil && $0.changed }
            run.fixedCount = kept.map(\.applied.count).reduce(0, +)
        }
        return (run, diffShowedChanges)
    }
}

import FoundationEssentials

/// What a baseline made of a run: the run with the baselined findings moved to the suppressed ones, and
/// the entries (with how many of their findings are gone) that no longer match everything they count.
public struct BaselineOutcome: Sendable {
    public let run: LintRun
    public let stale: [Baseline.Entry]
}

extension Baseline {
    /// Matches findings to entries in report order, each entry taking at most `count` findings. An entry is
    /// stale when its file was linted (or no longer exists) and fewer findings than its count matched.
    public func apply(to run: LintRun, folder: String, workingDirectory: String, file: String) -> BaselineOutcome {
        var budget = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.count) })
        let justification = "in the baseline \(file)"
        let files = run.files.map { result -> FileResult in
            var kept: [Finding] = []
            var baselined: [SuppressedFinding] = []
            for finding in result.findings {
                let key = Self.key(for: finding, folder: folder, workingDirectory: workingDirectory)
                if let left = budget[key], left > 0 {
                    budget[key] = left - 1
                    baselined.append(SuppressedFinding(finding: finding, justification: justification, kind: .external))
                } else {
                    kept.append(finding)
                }
            }
            guard !baselined.isEmpty else { return result }
            return FileResult(path: result.path, findings: kept, sourceLines: result.sourceLines,
                              suppressedCount: result.suppressedCount + baselined.count,
                              suppressedFindings: result.suppressedFindings + baselined)
        }
        let linted = Set(run.files.map { Self.path($0.path, folder: folder, workingDirectory: workingDirectory) })
        let stale = entries.compactMap { entry -> Entry? in
            guard let left = budget[entry.key], left > 0 else { return nil }
            let absolute = entry.key.path.hasPrefix("/") ? entry.key.path : folder + "/" + entry.key.path
            guard linted.contains(entry.key.path) || !FileManager.default.fileExists(atPath: absolute) else { return nil }
            return Entry(key: entry.key, count: left)
        }
        var baselined = LintRun(files: files)
        baselined.fixedCount = run.fixedCount
        return BaselineOutcome(run: baselined, stale: stale)
    }

    /// The baseline without what `stale` says is gone: counts lowered, entries at zero removed.
    public func pruning(_ stale: [Entry]) -> Baseline {
        let gone = Dictionary(stale.map { ($0.key, $0.count) }, uniquingKeysWith: +)
        return Baseline(entries: entries.map { Entry(key: $0.key, count: $0.count - (gone[$0.key] ?? 0)) })
    }
}

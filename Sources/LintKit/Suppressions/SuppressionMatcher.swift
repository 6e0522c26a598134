import SetupModel
import SourceText
import RuleFiles

/// Applies a file's suppression comments to its findings and reports the ones that silenced nothing.
public enum SuppressionMatcher {
    public struct Outcome: Sendable {
        public var kept: [Finding]
        public var suppressed: [SuppressedFinding]
        /// `unused-suppression` for every rule id of a comment that silenced nothing.
        public var unused: [Diagnostic]
    }

    /// `isOff` tells which rules the configuration turned off: a suppression of one is not reported as unused.
    public static func apply(_ suppressions: [Suppression], to findings: [Finding], isOff: (String) -> Bool) -> Outcome {
        var used = Set<SourceRange>()
        var outcome = Outcome(kept: [], suppressed: [], unused: [])
        let covering = CoveringSuppressions(suppressions)
        for finding in findings {
            let match = covering.indices(coveringLine: finding.range.start.line).lazy.compactMap { index -> (Suppression, Suppression.RuleReference)? in
                let suppression = suppressions[index]
                guard let reference = suppression.rules.first(where: { $0.id == finding.ruleId }) else { return nil }
                return (suppression, reference)
            }.first
            if let (suppression, reference) = match {
                used.insert(reference.range)
                outcome.suppressed.append(SuppressedFinding(finding: finding, justification: suppression.reason))
            } else {
                outcome.kept.append(finding)
            }
        }
        for suppression in suppressions {
            for reference in suppression.rules where !used.contains(reference.range) && !isOff(reference.id) {
                var unused = Diagnostic(
                    .unusedSuppression,
                    message: "this `\(suppression.scope.rawValue)` suppresses `\(reference.id)`, but \(place(suppression.scope)) reported no `\(reference.id)`",
                    range: reference.range, keyPath: "",
                    help: "Remove `\(reference.id)` from the comment (or the whole comment) now that nothing needs silencing.")
                unused.fix = removal(of: reference, from: suppression, keeping: used)
                outcome.unused.append(unused)
            }
        }
        return outcome
    }

    /// Removing an unused rule from its comment: the whole comment when it silences nothing else, else the id
    /// with the comma that joins it to its neighbour.
    private static func removal(of reference: Suppression.RuleReference, from suppression: Suppression,
                                keeping used: Set<SourceRange>) -> FixPlan {
        let rules = suppression.rules
        guard rules.contains(where: { used.contains($0.range) }), let index = rules.firstIndex(of: reference) else {
            return FixPlan("Remove the suppression comment", .safe, [.removeComment(suppression.commentRange)])
        }
        let range = index > 0 ? SourceRange(start: rules[index - 1].range.end, end: reference.range.end)
            : SourceRange(start: reference.range.start, end: rules[index + 1].range.start)
        return FixPlan("Remove `\(reference.id)` from the suppression comment", .safe, [.replace(range, with: "")])
    }

    /// Which suppressions cover a line, looked up by the line: a file with thousands of comments and findings would
    /// otherwise try every comment for every finding.
    struct CoveringSuppressions {
        private var byLine: [Int: [Int]] = [:]
        private var wholeFile: [Int] = []

        init(_ suppressions: [Suppression]) {
            for (index, suppression) in suppressions.enumerated() {
                if let line = suppression.coveredLine { byLine[line, default: []].append(index) } else { wholeFile.append(index) }
            }
        }

        /// The places of the suppressions that cover `line`, in the order they were given (the first that names a
        /// finding's rule silences it).
        func indices(coveringLine line: Int) -> [Int] {
            guard let onLine = byLine[line] else { return wholeFile }
            return wholeFile.isEmpty ? onLine : (onLine + wholeFile).sorted()
        }
    }

    private static func place(_ scope: Suppression.Scope) -> String {
        switch scope {
        case .line: return "this line"
        case .nextLine: return "the next line"
        case .file: return "the file"
        }
    }
}

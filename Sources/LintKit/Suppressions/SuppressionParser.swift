import SetupModel
import SourceText

/// Reads a suppression comment: `connectlint-disable-line RULE[, RULE] [-- reason]` and its
/// `-next-line` and `-file` forms. Unknown directives and rule ids become `invalid-suppression`.
public enum SuppressionParser {
    public struct Parsed: Sendable {
        public var suppression: Suppression?
        public var problems: [Diagnostic]
    }

    /// Nil when the comment is not a directive at all (it only mentions the marker).
    public static func parse(_ comment: SourceComment, knownRules: Set<String>) -> Parsed? {
        let scalars = Array(comment.text.unicodeScalars)
        var index = 0
        skipSpaces(scalars, &index)
        let directiveStart = index
        while index < scalars.count, !isSpace(scalars[index]) { index += 1 }
        let directive = String(String.UnicodeScalarView(scalars[directiveStart..<index]))
        guard directive.hasPrefix(SuppressionDirective.marker) else { return nil }
        let directiveRange = range(comment, directiveStart, index)
        guard let scope = Suppression.Scope(rawValue: directive) else {
            let known = Suppression.Scope.allCases.map(\.rawValue)
            return Parsed(suppression: nil, problems: [invalid(
                "unknown suppression directive `\(directive)`\(Suggestions.didYouMean(directive, among: known))",
                directiveRange, help: "Write " + known.map { "`\($0)`" }.joined(separator: ", ") + " followed by rule ids.")])
        }
        let (listEnd, reason) = splitReason(scalars, from: index)
        var references: [Suppression.RuleReference] = []
        var problems: [Diagnostic] = []
        for (start, end) in words(scalars, from: index, to: listEnd) {
            let id = String(String.UnicodeScalarView(scalars[start..<end]))
            let idRange = range(comment, start, end)
            if knownRules.contains(id) {
                references.append(Suppression.RuleReference(id: id, range: idRange))
            } else {
                problems.append(invalid("`\(id)` is not a connectlint rule, so this suppression silences nothing\(Suggestions.didYouMean(id, among: knownRules.sorted()))",
                                        idRange, help: "Name a rule id from `connectlint rules`."))
            }
        }
        if references.isEmpty && problems.isEmpty {
            problems.append(invalid("`\(directive)` names no rule to suppress", directiveRange,
                                    help: "Name the rules after it: `# \(directive) RULE[, RULE] -- reason`."))
        }
        let suppression = references.isEmpty ? nil
            : Suppression(scope: scope, rules: references, reason: reason, line: comment.range.start.line, commentRange: comment.range)
        return Parsed(suppression: suppression, problems: problems)
    }

    private static func invalid(_ message: String, _ range: SourceRange, help: String) -> Diagnostic {
        Diagnostic(.invalidSuppression, message: message, range: range, keyPath: "", help: help)
    }

    /// Where the rule list ends and the reason after `--` (nil when there is none or it is blank).
    private static func splitReason(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, String?) {
        var index = start
        while index + 1 < scalars.count {
            if scalars[index] == "-", scalars[index + 1] == "-", index == start || isSpace(scalars[index - 1]) || scalars[index - 1] == "," {
                let reason = String(String.UnicodeScalarView(scalars[(index + 2)...])).trimmingSpaces
                return (index, reason.isEmpty ? nil : String(reason))
            }
            index += 1
        }
        return (scalars.count, nil)
    }

    /// Rule ids separated by commas and/or spaces, as index ranges.
    private static func words(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var index = start
        while index < end {
            while index < end, isSpace(scalars[index]) || scalars[index] == "," { index += 1 }
            let wordStart = index
            while index < end, !isSpace(scalars[index]), scalars[index] != "," { index += 1 }
            if index > wordStart { result.append((wordStart, index)) }
        }
        return result
    }

    private static func range(_ comment: SourceComment, _ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: comment.position(ofTextOffset: start), end: comment.position(ofTextOffset: end))
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: inout Int) {
        while index < scalars.count, isSpace(scalars[index]) { index += 1 }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
}

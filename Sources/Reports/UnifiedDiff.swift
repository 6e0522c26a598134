import LintKit
import SourceText

/// A unified diff of what `--fix` would change, as `git apply` and `patch -p1` read it: `a/` and `b/` paths,
/// hunks with three lines of context, and the file's own line breaks kept on each line. Secret values are
/// masked on every line shown (a hunk that shows one then no longer applies; none of the guide's fixes needs to).
public enum UnifiedDiff {
    public static let context = 3

    public static func render(_ outcome: FileFixOutcome, secretsBefore: [SourceRange], secretsAfter: [SourceRange]) -> String {
        let old = lines(outcome.original), new = lines(outcome.fixed)
        let script = script(old.map(\.text), new.map(\.text))
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- a/\(outcome.path)\n+++ b/\(outcome.path)\n"
        for hunk in hunks(script) {
            let oldStart = hunk.first?.oldLine ?? 0, newStart = hunk.first?.newLine ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: output += " " + shown(old[step.oldLine - 1], secretsBefore)
                case .delete: output += "-" + shown(old[step.oldLine - 1], secretsBefore)
                case .insert: output += "+" + shown(new[step.newLine - 1], secretsAfter)
                }
            }
        }
        return output
    }

    struct Line {
        let number: Int
        /// The line with its line break, as the file has it.
        let text: String
        /// By its last scalar: a String's last Character of a CRLF line is "\r\n", which neither "\n" nor "\r" is a suffix of.
        var hasBreak: Bool { text.unicodeScalars.last == "\n" || text.unicodeScalars.last == "\r" }
    }

    struct Step {
        enum Kind { case same, delete, insert }
        let kind: Kind
        /// 1-based; for an insert the old line it comes before, for a delete the new line it comes before.
        let oldLine: Int
        let newLine: Int
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        var start = 0, index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                let end = bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                result.append(Line(number: result.count + 1, text: String(decoding: bytes[start..<end], as: UTF8.self)))
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < bytes.count { result.append(Line(number: result.count + 1, text: String(decoding: bytes[start...], as: UTF8.self))) }
        return result
    }

    /// The shortest edit script between two runs of lines (Myers' greedy algorithm), numbered by their places in the
    /// arrays they are slices of. It keeps a frontier of `a.count + b.count` places for every edit, so it is given only
    /// runs of up to `wholeComparisonLines` (see `script`).
    static func edits(_ a: ArraySlice<String>, _ b: ArraySlice<String>) -> [Step] {
        let oldStart = a.startIndex, newStart = b.startIndex
        let n = a.count, m = b.count, maximum = n + m
        var frontier = [Int](repeating: 0, count: 2 * maximum + 2)
        var trace: [[Int]] = []
        search: for d in 0...maximum {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && frontier[maximum + k - 1] < frontier[maximum + k + 1]) ? frontier[maximum + k + 1] : frontier[maximum + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[oldStart + x] == b[newStart + y] { x += 1; y += 1 }
                frontier[maximum + k] = x
                if x >= n, y >= m { break search }
            }
        }
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d], k = x - y
            let previousK = k == -d || (k != d && v[maximum + k - 1] < v[maximum + k + 1]) ? k + 1 : k - 1
            let previousX = v[maximum + previousK], previousY = previousX - previousK
            while x > previousX, y > previousY {
                steps.append(Step(kind: .same, oldLine: oldStart + x, newLine: newStart + y))
                x -= 1
                y -= 1
            }
            if d > 0 {
                steps.append(x == previousX ? Step(kind: .insert, oldLine: oldStart + x + 1, newLine: newStart + y)
                                            : Step(kind: .delete, oldLine: oldStart + x, newLine: newStart + y + 1))
            }
            x = previousX
            y = previousY
        }
        return steps.reversed()
    }

    /// The changes with `context` unchanged lines around them, runs closer than twice that joined into one hunk.
    static func hunks(_ script: [Step]) -> [[Step]] {
        let changed = script.indices.filter { script[$0].kind != .same }
        var hunks: [[Step]] = []
        var start: Int?, end = 0
        for index in changed {
            if let first = start, index - end > 2 * context {
                hunks.append(Array(script[max(0, first - context)...min(script.count - 1, end + context)]))
                start = index
            } else if start == nil {
                start = index
            }
            end = index
        }
        if let first = start { hunks.append(Array(script[max(0, first - context)...min(script.count - 1, end + context)])) }
        return hunks
    }

    static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(max(0, start - 1)),0" : count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// A line as the diff shows it: secrets masked, and the mark `patch` reads for a last line without a line break.
    static func shown(_ line: Line, _ secrets: [SourceRange]) -> String {
        var body = line.text
        var ending = ""
        while let last = body.unicodeScalars.last, last == "\n" || last == "\r" { ending = String(last) + ending; body.unicodeScalars.removeLast() }
        let masked = SourceLines.mask(body, line: line.number, secrets: secrets)
        return masked + (line.hasBreak ? ending : "\n\\ No newline at end of file\n")
    }
}

/// "Did you mean" suggestions by edit distance, ignoring letter case.
public enum Suggestions {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        // Checked before any copy: a hostile key may be megabytes long.
        guard !word.isEmpty, word.utf8.count <= 800 else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        guard target.count <= 200 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(2, min(target.count, best.candidate.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The closest candidate, unless it is the word itself.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        guard let match = closest(to: word, among: candidates), match != word else { return nil }
        return match
    }

    /// "; did you mean `x`?" or "".
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        didYouMean(suggestion(for: word, among: candidates))
    }

    /// "; did you mean `x`?" for a suggestion, "" for none.
    public static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean `\($0)`?" } ?? ""
    }
}

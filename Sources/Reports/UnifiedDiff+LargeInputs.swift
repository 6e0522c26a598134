extension UnifiedDiff {
    /// Texts of up to this many lines (both sides together) are compared whole by Myers' algorithm, whose memory grows
    /// with the lines times the edits: removing 20,000 repeated keys from one file took 6 GB.
    static let wholeComparisonLines = 1_000

    /// The edit script between two texts' lines: Myers' for texts up to `wholeComparisonLines`, else one that is built
    /// in parts that each stay small (see `anchoredScript`).
    static func script(_ a: [String], _ b: [String]) -> [Step] {
        a.count + b.count <= wholeComparisonLines ? edits(a[...], b[...]) : anchoredScript(a, b)
    }

    /// A part of the script still to write, by 0-based places in the two texts.
    private enum Part {
        /// Lines to compare.
        case compare(old: Range<Int>, new: Range<Int>)
        /// Lines to compare with Myers' algorithm: few enough.
        case shortest(old: Range<Int>, new: Range<Int>)
        /// Lines the same on both sides.
        case same(old: Int, new: Int, count: Int)
        /// Old lines removed where the new text is at line `at`, and new lines added where the old one is at `at`.
        case removed(Range<Int>, at: Int)
        case added(Range<Int>, at: Int)
    }

    /// A script for large texts, built as patience diff builds one. The first and last lines the texts share are kept.
    /// What is between them is compared by Myers' algorithm when it is small, else split at the lines that occur once
    /// on each side, in the same order on both, and each part between those is compared the same way. A part with no
    /// such line is shown as removed and added whole. Not always the shortest script, but a correct one, in time and
    /// memory that follow the texts' size.
    static func anchoredScript(_ a: [String], _ b: [String]) -> [Step] {
        var steps: [Step] = []
        // A stack: parts are pushed last first, so that they come off in the texts' order.
        var parts: [Part] = [.compare(old: 0..<a.count, new: 0..<b.count)]
        while let part = parts.popLast() {
            switch part {
            case .same(let old, let new, let count):
                for offset in 0..<count { steps.append(Step(kind: .same, oldLine: old + offset + 1, newLine: new + offset + 1)) }
            case .removed(let lines, let at):
                for line in lines { steps.append(Step(kind: .delete, oldLine: line + 1, newLine: at + 1)) }
            case .added(let lines, let at):
                for line in lines { steps.append(Step(kind: .insert, oldLine: at + 1, newLine: line + 1)) }
            case .shortest(let old, let new):
                steps += edits(a[old], b[new])
            case .compare(let old, let new):
                var head = 0, tail = 0
                while head < min(old.count, new.count), a[old.lowerBound + head] == b[new.lowerBound + head] { head += 1 }
                while tail < min(old.count, new.count) - head, a[old.upperBound - 1 - tail] == b[new.upperBound - 1 - tail] { tail += 1 }
                let middleOld = (old.lowerBound + head)..<(old.upperBound - tail), middleNew = (new.lowerBound + head)..<(new.upperBound - tail)
                parts.append(.same(old: middleOld.upperBound, new: middleNew.upperBound, count: tail))
                if middleOld.isEmpty || middleNew.isEmpty {
                    parts.append(.added(middleNew, at: middleOld.upperBound))
                    parts.append(.removed(middleOld, at: middleNew.lowerBound))
                } else if middleOld.count + middleNew.count <= wholeComparisonLines {
                    parts.append(.shortest(old: middleOld, new: middleNew))
                } else {
                    let anchors = uniqueCommonLines(a, middleOld, b, middleNew)
                    if anchors.isEmpty {
                        parts.append(.added(middleNew, at: middleOld.upperBound))
                        parts.append(.removed(middleOld, at: middleNew.lowerBound))
                    } else {
                        var ends = (old: middleOld.upperBound, new: middleNew.upperBound)
                        for anchor in anchors.reversed() {
                            parts.append(.compare(old: (anchor.old + 1)..<ends.old, new: (anchor.new + 1)..<ends.new))
                            parts.append(.same(old: anchor.old, new: anchor.new, count: 1))
                            ends = anchor
                        }
                        parts.append(.compare(old: middleOld.lowerBound..<ends.old, new: middleNew.lowerBound..<ends.new))
                    }
                }
                parts.append(.same(old: old.lowerBound, new: new.lowerBound, count: head))
            }
        }
        return steps
    }

    /// The places of the lines that occur exactly once in `a[old]` and once in `b[new]`, as many as can be kept in the
    /// same order on both sides (the longest increasing run of their new places, found by patience sorting).
    static func uniqueCommonLines(_ a: [String], _ old: Range<Int>, _ b: [String], _ new: Range<Int>) -> [(old: Int, new: Int)] {
        var counts: [String: (old: Int, new: Int, at: Int)] = [:]
        for line in old { counts[a[line], default: (0, 0, -1)].old += 1 }
        for line in new where counts[b[line]] != nil {
            counts[b[line]]!.new += 1
            counts[b[line]]!.at = line
        }
        let pairs = old.compactMap { line -> (old: Int, new: Int)? in
            guard let count = counts[a[line]], count.old == 1, count.new == 1 else { return nil }
            return (line, count.at)
        }
        // Piles by their top's new place; each pair remembers the top of the pile left of its own.
        var tops: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            let low = tops.partitionPoint { pairs[$0].new >= pair.new }
            if low > 0 { previous[index] = tops[low - 1] }
            if low == tops.count { tops.append(index) } else { tops[low] = index }
        }
        var run: [(old: Int, new: Int)] = []
        var index = tops.last ?? -1
        while index >= 0 {
            run.append(pairs[index])
            index = previous[index]
        }
        return run.reversed()
    }
}

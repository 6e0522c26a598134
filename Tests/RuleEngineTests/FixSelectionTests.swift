import Testing
@testable import LintKit
import RuleFiles
import SourceText
import TestSupport

/// Which fixes one pass takes: the first of any that overlap, by where their first edit starts, and each fix once.
@Suite struct FixSelectionTests {
    /// The rule as first written: every edit of a fix against every edit taken.
    static func everyPair(_ fixes: [Fix]) -> [Fix] {
        var taken: [Fix] = []
        var edits: [TextEdit] = []
        for fix in fixes.sorted(by: { ($0.edits.map(\.bytes.lowerBound).min() ?? 0) < ($1.edits.map(\.bytes.lowerBound).min() ?? 0) }) {
            if taken.contains(fix) { continue }
            guard !fix.edits.contains(where: { edit in edits.contains { $0.overlaps(edit) } }) else { continue }
            taken.append(fix)
            edits += fix.edits
        }
        return taken
    }

    static func edit(_ start: Int, _ length: Int) -> TextEdit {
        TextEdit(bytes: start..<(start + length), range: SourceRange(at: SourcePosition(line: 1, column: start + 1)), replacement: "x")
    }

    @Test func insertionsAtOnePlaceAndRangesThatTouchOrOverlap() {
        let fixes = [
            Fix(title: "a", applicability: .safe, edits: [Self.edit(5, 0)]),
            Fix(title: "b", applicability: .safe, edits: [Self.edit(5, 0)]),
            Fix(title: "c", applicability: .safe, edits: [Self.edit(0, 5)]),
            Fix(title: "d", applicability: .safe, edits: [Self.edit(6, 3), Self.edit(20, 2)]),
            Fix(title: "e", applicability: .safe, edits: [Self.edit(8, 4)]),
            Fix(title: "f", applicability: .safe, edits: [Self.edit(9, 0)]),
            Fix(title: "g", applicability: .safe, edits: [Self.edit(21, 0)]),
        ]
        #expect(Fixer.nonOverlapping(fixes).map(\.title) == ["c", "a", "d", "f"])
        #expect(Fixer.nonOverlapping(fixes) == Self.everyPair(fixes))
    }

    @Test func aFixWhoseOwnEditsOverlapIsLeftOut() {
        let fixes = [Fix(title: "a", applicability: .safe, edits: [Self.edit(8, 4), Self.edit(8, 0)]),
                     Fix(title: "b", applicability: .safe, edits: [Self.edit(9, 4)])]
        #expect(Fixer.nonOverlapping(fixes).map(\.title) == ["b"])
    }

    /// Fixes whose own edits do not overlap (as every rule's are).
    @Test func randomFixesAreTakenAsByComparingEveryPair() {
        var random = SplitMix64(seed: 16)
        func number(_ below: Int) -> Int { Int(random.next() % UInt64(below)) }
        for round in 0..<300 {
            var fixes: [Fix] = []
            for index in 0..<(1 + number(40)) {
                if !fixes.isEmpty, number(8) == 0 { fixes.append(fixes[number(fixes.count)]); continue }
                var edits: [TextEdit] = []
                for _ in 0..<(1 + number(3)) {
                    let edit = Self.edit(number(80), number(4) == 0 ? 0 : number(6))
                    if !edits.contains(where: { $0.overlaps(edit) }) { edits.append(edit) }
                }
                fixes.append(Fix(title: "fix \(index)", applicability: .safe, edits: edits))
            }
            #expect(Fixer.nonOverlapping(fixes) == Self.everyPair(fixes), "round \(round)")
        }
    }
}

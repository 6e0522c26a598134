import Testing
@testable import Reports
import TestSupport

@Suite struct UnifiedDiffTests {
    /// A CRLF line has a break (Swift reads "\r\n" as one Character, which "\n" is not a suffix of).
    @Test func crlfLinesKeepTheirBreak() {
        let lines = UnifiedDiff.lines(Array("a: 1\r\nb: 2\nc: 3".utf8))
        #expect(lines.map(\.hasBreak) == [true, true, false])
        #expect(UnifiedDiff.shown(lines[0], []) == "a: 1\r\n")
        #expect(UnifiedDiff.shown(lines[2], []) == "c: 3\n\\ No newline at end of file\n")
    }
}

/// Large texts are compared in parts (see `UnifiedDiff.anchoredScript`); every script, however built, must take the old
/// lines to the new ones.
@Suite struct LargeDiffTests {
    /// Whether `script` walks every old and new line once, in order, keeping only equal lines as the same.
    static func isValid(_ script: [UnifiedDiff.Step], from a: [String], to b: [String]) -> Bool {
        var old = 0, new = 0
        for step in script {
            switch step.kind {
            case .same:
                guard step.oldLine == old + 1, step.newLine == new + 1, a[old] == b[new] else { return false }
                old += 1
                new += 1
            case .delete:
                guard step.oldLine == old + 1, step.newLine == new + 1 else { return false }
                old += 1
            case .insert:
                guard step.oldLine == old + 1, step.newLine == new + 1 else { return false }
                new += 1
            }
        }
        return old == a.count && new == b.count
    }

    /// `lines` with random lines removed, replaced and added, some of them repeated often.
    static func edited(_ lines: [String], _ random: inout SplitMix64) -> [String] {
        var result: [String] = []
        for line in lines {
            switch random.next() % 10 {
            case 0: continue
            case 1: result.append("changed \(random.next() % 50)")
            case 2: result += [line, "added \(random.next() % 1_000)"]
            default: result.append(line)
            }
        }
        return result
    }

    @Test func randomLargeTextsGetAValidScript() {
        var random = SplitMix64(seed: 7)
        for round in 0..<20 {
            let count = 400 + Int(random.next() % 2_000)
            let a = (0..<count).map { index in random.next() % 4 == 0 ? "repeated \(random.next() % 5)" : "line \(index)" }
            let b = Self.edited(a, &random)
            #expect(Self.isValid(UnifiedDiff.anchoredScript(a, b), from: a, to: b), "round \(round)")
            #expect(Self.isValid(UnifiedDiff.script(a, b), from: a, to: b), "round \(round)")
        }
    }

    @Test func smallTextsKeepTheShortestScript() {
        var random = SplitMix64(seed: 8)
        let a = (0..<300).map { "line \($0 % 40)" }
        let b = Self.edited(a, &random)
        #expect(UnifiedDiff.script(a, b).map(\.kind) == UnifiedDiff.edits(a[...], b[...]).map(\.kind))
    }

    @Test func thousandsOfRemovedLinesAreOneRun() {
        let a = ["version: 1"] + Array(repeating: "version: 1", count: 20_000) + ["cyclr: {}"]
        let b = ["version: 1", "cyclr: {}"]
        let script = UnifiedDiff.script(a, b)
        #expect(Self.isValid(script, from: a, to: b))
        #expect(script.filter { $0.kind == .delete }.count == 20_000)
    }

    @Test func textsWithNoLineOnceOnEachSideAreReplacedWhole() {
        let a = (0..<1_200).map { "x\($0 % 2)" }, b = (0..<900).map { "y\($0 % 3)" }
        let script = UnifiedDiff.anchoredScript(a, b)
        #expect(Self.isValid(script, from: a, to: b))
        #expect(script.map(\.kind) == Array(repeating: .delete, count: 1_200) + Array(repeating: .insert, count: 900))
    }
}

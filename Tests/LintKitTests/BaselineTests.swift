import Foundation
import LintKit
import SourceText
import Testing

@Suite struct BaselineTests {
    static func finding(_ rule: String, _ message: String, path: String = "setups/a.cyclr.yaml", line: Int = 3, keyPath: String = "cyclr.x") -> Finding {
        Finding(ruleId: rule, severity: .error, message: message, path: path,
                range: SourceRange(at: SourcePosition(line: line, column: 1)), keyPath: keyPath, help: nil)
    }

    static let folder = "/repo/ci", workingDirectory = "/repo"

    @Test func linesInMessagesDoNotChangeTheDigest() {
        #expect(Baseline.messageDigest("`scopes` is repeated; it is already set on line 14")
                == Baseline.messageDigest("`scopes` is repeated; it is already set on line 18"))
        #expect(Baseline.messageDigest("7 accounts share a user") != Baseline.messageDigest("8 accounts share a user"))
        #expect(Baseline.messageDigest("x").count == 16)
    }

    @Test func entriesAreSortedCountedAndRelativeToTheBaselinesFolder() {
        let baseline = Baseline(recording: [Self.finding("b-rule", "m"), Self.finding("a-rule", "m"), Self.finding("b-rule", "m", line: 9)],
                                folder: Self.folder, workingDirectory: Self.workingDirectory)
        #expect(baseline.entries.map(\.key.rule) == ["a-rule", "b-rule"])
        #expect(baseline.entries.map(\.count) == [1, 2])
        #expect(baseline.entries.allSatisfy { $0.key.path == "../setups/a.cyclr.yaml" })
        #expect(ReportPath.relative("/repo/setups/a.yaml", from: "/repo/setups") == "a.yaml")
        #expect(ReportPath.relative("/elsewhere/a.yaml", from: "/repo/ci") == "../../elsewhere/a.yaml")
    }

    @Test func aCountTakesThatManyFindingsAndWhatIsLeftIsStale() {
        let twice = [Self.finding("r", "m", line: 3), Self.finding("r", "m", line: 7)]
        let baseline = Baseline(recording: twice, folder: Self.folder, workingDirectory: Self.workingDirectory)
        let third = LintRun(files: [FileResult(path: "setups/a.cyclr.yaml", findings: twice + [Self.finding("r", "m", line: 9)])])
        let outcome = baseline.apply(to: third, folder: Self.folder, workingDirectory: Self.workingDirectory, file: "ci/b.json")
        #expect(outcome.run.findings.map(\.range.start.line) == [9], "a third finding of the same key is new")
        #expect(outcome.run.suppressedFindings.map(\.kind) == [.external, .external])
        #expect(outcome.run.suppressedCount == 2)
        #expect(outcome.stale.isEmpty)

        let fixedOne = LintRun(files: [FileResult(path: "setups/a.cyclr.yaml", findings: [twice[0]])])
        let stale = baseline.apply(to: fixedOne, folder: Self.folder, workingDirectory: Self.workingDirectory, file: "ci/b.json").stale
        #expect(stale.map(\.count) == [1])
        #expect(baseline.pruning(stale).entries.map(\.count) == [1])
        #expect(baseline.pruning(stale + stale).entries.isEmpty)
    }

    @Test func renderedBaselineHoldsNoLines() {
        let text = Baseline(recording: [Self.finding("r", "m")], folder: Self.folder, workingDirectory: Self.workingDirectory).rendered()
        #expect(text == """
        {
          "version": 1,
          "findings": [
            {
              "path": "../setups/a.cyclr.yaml",
              "rule": "r",
              "keyPath": "cyclr.x",
              "messageDigest": "\(Baseline.messageDigest("m"))",
              "count": 1
            }
          ]
        }

        """)
    }
}

/// The digest once replaced `\bline \d+` with Foundation's regular expressions; baselines written then must
/// still match, so the hand-written replacement must agree with it.
@Suite struct BaselineLineNumberTests {
    @Test func lineNumbersAreHiddenAsTheRegularExpressionDid() throws {
        let expression = try NSRegularExpression(pattern: #"\bline \d+"#)
        let messages = ["already set on line 14", "line 3 and line 44", "inline 5", "pipeline 7", "line x", "line ",
                        "a_line 4", "(line 12)", "line 1line 2", "é line 9", "éline 9", "deadline 3", "line 99999999999",
                        "`line 2`", "line٣ 4", "line ٣", "2line 5", "", "lines 4"]
        for message in messages {
            let expected = expression.stringByReplacingMatches(in: message, range: NSRange(message.startIndex..., in: message),
                                                               withTemplate: "line #")
            #expect(Baseline.withLineNumbersHidden(message) == expected, "\(message)")
        }
    }
}

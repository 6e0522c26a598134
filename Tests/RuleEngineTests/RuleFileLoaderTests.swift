import LintKit
import Testing
import RuleFiles

/// A rule file is read strictly: every mistake names the file, line and column, and what to write.
@Suite struct RuleFileLoaderTests {
    static func load(_ text: String, builtIn: Bool = false) throws -> RuleDescription {
        try RuleFileLoader.load(Array(text.utf8), file: "policies/custom.yaml", allowBuiltInChecks: builtIn)
    }

    static func problem(_ text: String, builtIn: Bool = false) -> String {
        do {
            _ = try load(text, builtIn: builtIn)
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    static let header = "id: custom-rule\nseverity: warning\ntitle: A custom rule\n"

    @Test func aCustomRuleWithAGenericCheckLoads() throws {
        let rule = try Self.load(Self.header + "given: cyclr.serviceDomain\ncheck: { pattern: '\\.cyclr\\.com$' }\nmessage: '`{value}` is not hosted by Cyclr'\n")
        #expect(rule.id == "custom-rule" && rule.severity == .warning && rule.title == "A custom rule")
        guard case .generic(let uses) = rule.check else { Issue.record("not a generic rule"); return }
        #expect(uses.count == 1 && uses[0].given.description == "cyclr.serviceDomain")
    }

    @Test(arguments: [
        ("id: custom-rule\nseverity: warning\ncheck: { present: true }\n", "policies/custom.yaml:1:1: the rule has no `title`"),
        (header + "given: cyclr.serviceDomain\ncheck: { patern: x }\n", "policies/custom.yaml:5:10: unknown key `patern` in a check; did you mean `pattern`?"),
        (header + "given: cyclr.serviceDomain\ncheck: { max-length: ten }\n", "policies/custom.yaml:5:22: `max-length` takes a whole number, not `ten`"),
        (header + "given: cyclr.serviceDomain\ncheck: { pattern: '[' }\n", "policies/custom.yaml:5:19: `pattern`: `[` is not a valid regular expression"),
        (header + "given: cyclr.serviceDomian\ncheck: { present: true }\n", "policies/custom.yaml:4:8: `given`: `cyclr.serviceDomian`: unknown key `serviceDomian`; did you mean `serviceDomain`?"),
        (header + "given: accounts.name\ncheck: { present: true }\n", "policies/custom.yaml:4:8: `given`: `accounts.name`: `name` is below a value that has no keys"),
        (header + "given: cyclr[*]\ncheck: { present: true }\n", "policies/custom.yaml:4:8: `given`: `cyclr[*]`: `cyclr` is not a list, so it cannot be indexed"),
        (header + "check: { present: true }\n", "policies/custom.yaml:4:8: the `present` check has no `given` key path"),
        (header + "given: connector\ncheck: { present: true, absent: true }\n", "policies/custom.yaml:5:8: a check names exactly one of"),
        (header + "given: connector\ncheck: { swift: callback-url }\n", "policies/custom.yaml:5:10: unknown key `swift` in a check"),
        (header + "given: connector\nmessage: '{valeu} is odd'\ncheck: { present: true }\n", "policies/custom.yaml:5:10: `message` uses `{valeu}`"),
        ("id: Custom_Rule\nseverity: warning\ntitle: x\ngiven: connector\ncheck: { present: true }\n", "policies/custom.yaml:1:5: `id` must be kebab-case"),
        ("id: custom-rule\nseverity: fatal\ntitle: x\ngiven: connector\ncheck: { present: true }\n", "policies/custom.yaml:2:11: `severity` must be `error`, `warning` or `info`"),
        (header + "given: connector\ncheck: { present: true }\ntitle: again\n", "policies/custom.yaml:6:1: `title` is repeated"),
        (header + "check: [\n", "policies/custom.yaml:5:1: not valid YAML"),
        ("id: custom-rule\nseverity: warning\ntitle: ~\ngiven: connector\ncheck: { present: true }\n", "policies/custom.yaml:3:8: `title` is empty"),
        (header + "given: null\ncheck: { present: true }\n", "policies/custom.yaml:4:8: `given` is empty"),
        (header + "given: connector\ncheck: { present: yes }\n", "policies/custom.yaml:5:19: `present` takes `true`, not `yes`"),
    ])
    func mistakesAreReportedWithFileAndLine(_ text: String, _ expected: String) {
        let problem = Self.problem(text)
        #expect(problem.hasPrefix(expected), "got: \(problem)")
    }

    @Test func builtInRulesNeedTheirDocumentation() {
        let problem = Self.problem(Self.header + "given: connector\ncheck: { present: true }\n", builtIn: true)
        #expect(problem.contains("the rule has no `rationale`"), "got: \(problem)")
    }

    @Test func aFailingExampleMustMarkItsLine() {
        let text = """
        id: custom
        severity: info
        title: x
        rationale: r
        guide: g
        fix: { summary: s }
        check: reader
        examples:
          failing:
            - |
              version: 1
          passing:
            - |
              version: 1

        """
        let problem = Self.problem(text, builtIn: true)
        #expect(problem == "policies/custom.yaml:10:7: a failing example is a mapping of `yaml:` (or `xml:`) and `expect:`", "got: \(problem)")
    }

    /// A built-in rule whose failing example is `yaml: |` and the `expect:` given.
    static func builtIn(expect: String, passing: String = "    - |\n      version: 1\n") -> String {
        "id: custom\nseverity: error\ntitle: t\nrationale: r\nguide: g\nfix: { summary: s }\ncheck: reader\nexamples:\n"
            + "  failing:\n    - yaml: |\n        version: 1\n        a: b\n\(expect)  passing:\n\(passing)"
    }

    @Test func expectStatesEachFinding() throws {
        let rule = try Self.load(Self.builtIn(expect: "      expect:\n        - '2:1: `a` is wrong: very [custom]'\n"), builtIn: true)
        let example = try #require(rule.failingExamples.first)
        #expect(example.expectedFindings == [RuleExample.ExpectedFinding(ruleId: "custom", line: 2, column: 1, message: "`a` is wrong: very")])
        #expect(example.expectedLines == [2] && example.yaml == "version: 1\na: b\n")
    }

    @Test(arguments: [
        ("      expect:\n        - '2: no column [custom]'\n", "14:11: an `expect` entry is `LINE:COLUMN: MESSAGE [RULE]`"),
        ("      expect:\n        - '2:1: no rule'\n", "14:11: an `expect` entry is `LINE:COLUMN: MESSAGE [RULE]`"),
        ("      expect:\n        - '2:1:  [custom]'\n", "14:11: an `expect` entry is `LINE:COLUMN: MESSAGE [RULE]`"),
        ("      expect:\n        - '2:1: m [Oauth Disabled]'\n", "14:11: an `expect` entry is `LINE:COLUMN: MESSAGE [RULE]`"),
        ("      expect:\n        - '9:1: past the end [custom]'\n", "14:11: the example has no line 9"),
        ("      expect:\n        - { line: 2 }\n", "14:11: `an `expect` entry` must be text"),
        ("      expect: []\n", "13:15: `expect` lists at least one finding"),
        ("      expect: '2:1: m [custom]'\n", "13:15: `expect` must be a list"),
        ("      expeckt: x\n", "13:7: unknown key `expeckt` in a failing example"),
        ("", "10:7: a failing example states what the rule reports: `expect:`"),
    ])
    func expectIsReadStrictly(expect: String, problem: String) {
        let found = Self.problem(Self.builtIn(expect: expect), builtIn: true)
        #expect(found.hasPrefix("policies/custom.yaml:" + problem), "got: \(found)")
    }

    @Test func aPassingExampleStatesNoFindings() {
        let found = Self.problem(Self.builtIn(expect: "      expect:\n        - '2:1: m [custom]'\n",
                                              passing: "    - yaml: 'version: 1'\n      expect: ['1:1: m [custom]']\n"), builtIn: true)
        #expect(found.hasPrefix("policies/custom.yaml:17:7: unknown key `expect` in a passing example"), "got: \(found)")
    }

    @Test func expectReplacesTheMarkerLines() {
        let text = Self.builtIn(expect: "      expect:\n        - '2:1: m [custom]'\n")
            .replacingOccurrences(of: "        a: b\n", with: "        a: b\n        # ^ expect\n")
        #expect(Self.problem(text, builtIn: true).hasPrefix("policies/custom.yaml:10:13: an example with `expect:` has no `# ^ expect` lines"))
    }

    @Test func expectMarkersMarkTheLineAbove() {
        let text = "a: 1\nb: 2\n  # ^ expect\nc: 3\n# ^ expect\n"
        let example = RuleExample(yaml: text, expectedLines: [], line: 1)
        #expect(RuleFileLoader.markedLines(example.yaml) == [2, 4])
    }
}

import LintKit
import Testing

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
        #expect(problem.hasPrefix("policies/custom.yaml:10:7: a failing example must mark the line"), "got: \(problem)")
    }

    @Test func expectMarkersMarkTheLineAbove() {
        let text = "a: 1\nb: 2\n  # ^ expect\nc: 3\n# ^ expect\n"
        let example = RuleExample(yaml: text, expectedLines: [], line: 1)
        #expect(RuleFileLoader.markedLines(example.yaml) == [2, 4])
    }
}

/// A documented example of a rule: a setup and the lines the rule must report (none for a passing example).
public struct RuleExample: Sendable, Equatable {
    /// The example's text: a setup YAML, or a metadata file's XML when `fileName` says so.
    public let yaml: String
    public let expectedLines: [Int]
    /// Where the example is written in its rule file.
    public let line: Int
    /// The name the example is linted under: `example.cyclr.yaml`, or a metadata file name for `xml:` examples.
    public let fileName: String

    /// What a failing example of a built-in rule makes its rule report, in order (`expect:` in the rule file).
    public let expectedFindings: [ExpectedFinding]

    public init(yaml: String, expectedLines: [Int], line: Int, fileName: String = "example.cyclr.yaml",
                expectedFindings: [ExpectedFinding] = []) {
        self.yaml = yaml
        self.expectedLines = expectedLines
        self.line = line
        self.fileName = fileName
        self.expectedFindings = expectedFindings
    }

    /// One finding an example states, written `LINE:COLUMN: MESSAGE [RULE]`.
    public struct ExpectedFinding: Sendable, Equatable, CustomStringConvertible {
        public let ruleId: String
        public let line: Int
        public let column: Int
        public let message: String

        public init(ruleId: String, line: Int, column: Int, message: String) {
            self.ruleId = ruleId
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String { "\(line):\(column): \(message) [\(ruleId)]" }
    }
}

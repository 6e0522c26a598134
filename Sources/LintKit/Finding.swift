import YAMLSource
import SourceText
import RuleFiles

public struct Finding: Sendable, Hashable {
    public let ruleId: String
    public let severity: Severity
    public let message: String
    public let path: String
    public let range: SourceRange
    /// Like `salesforce.connectedApp.oauth.callbackUrls[0]`; empty for the file or document itself.
    public let keyPath: String
    public let help: String?
    /// The change that repairs the finding, when its rule knows one: what `--fix` (or `--unsafe-fixes`) applies.
    public let fix: Fix?
    /// Other changes that would repair it, for an editor or a reviewer to choose.
    public let alternativeFixes: [Fix]

    public init(ruleId: String, severity: Severity, message: String, path: String, range: SourceRange, keyPath: String, help: String?,
                fix: Fix? = nil, alternativeFixes: [Fix] = []) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.keyPath = keyPath
        self.help = help
        self.fix = fix
        self.alternativeFixes = alternativeFixes
    }

    /// SPEC §5 order: path, line, column, rule id.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        return a.ruleId < b.ruleId
    }
}

/// What linting one file gave.
public struct FileResult: Sendable {
    public let path: String
    public let findings: [Finding]
    /// The text of each line a finding starts on, with secret values masked, for reports that quote the source.
    public let sourceLines: [Int: String]
    public let suppressedCount: Int
    /// The findings inline suppression comments silenced, in report order (JSON and SARIF list them).
    public let suppressedFindings: [SuppressedFinding]
    /// Where the file was read from (nil for standard input): the file `--fix` writes.
    public var openPath: String?
    /// Where the file holds secret values, which every output masks.
    public var secretRanges: [SourceRange] = []
    /// Results for other files this one read, such as the metadata file a setup's
    /// `salesforce.connectedApp.metadata` names; `Linter.run` lists them as files of their own.
    public var linkedResults: [FileResult] = []
    /// A later part of the file the result before it is about: a long stream is reported a document at a time.
    public var continuesFile = false

    public init(path: String, findings: [Finding], sourceLines: [Int: String] = [:], suppressedCount: Int? = nil,
                suppressedFindings: [SuppressedFinding] = []) {
        self.path = path
        self.findings = findings
        self.sourceLines = sourceLines
        self.suppressedFindings = suppressedFindings.sorted { Finding.reportOrder($0.finding, $1.finding) }
        self.suppressedCount = suppressedCount ?? suppressedFindings.count
    }
}

extension FileResult {
    /// This part of a file and the next one as one result (what reports that show whole files need).
    public func joined(with next: FileResult) -> FileResult {
        var joined = FileResult(path: path, findings: findings + next.findings, sourceLines: sourceLines.merging(next.sourceLines) { first, _ in first },
                                suppressedCount: suppressedCount + next.suppressedCount,
                                suppressedFindings: suppressedFindings + next.suppressedFindings)
        joined.openPath = openPath
        joined.secretRanges = secretRanges + next.secretRanges
        joined.linkedResults = linkedResults + next.linkedResults
        joined.continuesFile = continuesFile
        return joined
    }
}

/// What linting all the paths of one run gave, files in path order.
public struct LintRun: Sendable {
    public let files: [FileResult]
    /// How many fixes `--fix` applied; nil when the run did not fix.
    public var fixedCount: Int?

    public init(files: [FileResult]) {
        self.files = files.sorted { $0.path < $1.path }
    }

    public var findings: [Finding] { files.flatMap(\.findings) }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    public var suppressedCount: Int { files.reduce(0) { $0 + $1.suppressedCount } }

    public var suppressedFindings: [SuppressedFinding] { files.flatMap(\.suppressedFindings) }

    public func fails(at level: FailLevel) -> Bool { findings.contains { level.fails(on: $0.severity) } }
}

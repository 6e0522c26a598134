import SourceText
/// One `# connectlint-disable-…` comment (SPEC §6).
public struct Suppression: Sendable, Equatable {
    public enum Scope: String, Sendable, CaseIterable {
        case line = "connectlint-disable-line"
        case nextLine = "connectlint-disable-next-line"
        case file = "connectlint-disable-file"
    }

    public struct RuleReference: Sendable, Equatable {
        public let id: String
        /// Where the id is written in the comment (unused and invalid suppressions point here).
        public let range: SourceRange
    }

    public let scope: Scope
    public let rules: [RuleReference]
    /// The text after `--`, when given.
    public let reason: String?
    /// The line of the comment itself.
    public let line: Int
    /// The whole comment, its delimiters included.
    public var commentRange: SourceRange

    /// The one line whose findings this comment covers; nil when it covers the whole file.
    public var coveredLine: Int? {
        switch scope {
        case .line: return line
        case .nextLine: return line + 1
        case .file: return nil
        }
    }

    /// Whether a finding starting on `findingLine` falls under this comment.
    public func covers(line findingLine: Int) -> Bool {
        coveredLine.map { $0 == findingLine } ?? true
    }
}

/// A finding a suppression silenced: reports list it apart, with the reason given.
public struct SuppressedFinding: Sendable, Hashable {
    /// Where the waiver lives: a comment in the file (SARIF `inSource`), or a baseline file (`external`).
    public enum Kind: String, Sendable {
        case inSource, external
    }

    public let finding: Finding
    /// The `-- reason` of the suppression comment, or which baseline holds the finding.
    public let justification: String?
    public let kind: Kind

    public init(finding: Finding, justification: String?, kind: Kind = .inSource) {
        self.finding = finding
        self.justification = justification
        self.kind = kind
    }
}

/// What every suppression directive starts with.
public enum SuppressionDirective {
    public static let marker = "connectlint-disable"
}

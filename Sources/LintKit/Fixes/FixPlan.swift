import SetupModel
import SourceText
import RuleFiles

/// A change in setup terms, which the format of the file the values came from turns into text edits in that
/// file's own style.
public enum SetupChange: Sendable {
    /// Give a scalar value another value.
    case set(SetupNode, SetupValue)
    /// Add a key to a mapping (in metadata: the key's element at its place in the parent's sequence).
    case addKey(String, SetupValue, to: SetupNode)
    /// Add an item to a list, or a line to a string that holds one entry a line.
    case addItem(SetupValue, to: SetupNode)
    /// What the reader said would repair a reading problem.
    case repair(Repair.Change)
    /// Remove a comment (its line, when nothing else is on it).
    case removeComment(SourceRange)
    /// Replace text at a range.
    case replace(SourceRange, with: String)
}

/// What a check proposes: a title, whether it is safe, and the changes. The file's format turns it into a `Fix`.
public struct FixPlan: Sendable, Hashable {
    public let title: String
    public let applicability: Fix.Applicability
    public let changes: [SetupChange]

    public init(_ title: String, _ applicability: Fix.Applicability, _ changes: [SetupChange]) {
        self.title = title
        self.applicability = applicability
        self.changes = changes
    }

    /// Plans are told apart by what they say they do; the same finding proposes the same plan.
    public static func == (lhs: FixPlan, rhs: FixPlan) -> Bool {
        lhs.title == rhs.title && lhs.applicability == rhs.applicability && lhs.changes.count == rhs.changes.count
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(applicability)
        hasher.combine(changes.count)
    }
}

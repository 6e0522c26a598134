import SourceText

/// A problem found while reading a file into the setup model: what kind it is, what is wrong and
/// where, and what to do. The model knows no rules: LintKit maps each kind to the rule that reports it.
public struct ReadingProblem: Sendable, Equatable {
    public enum Kind: Sendable, CaseIterable {
        /// The YAML is not well-formed.
        case yamlSyntax
        /// The XML is not well-formed, or not UTF-8.
        case xmlSyntax
        /// The input is over a size, nesting or alias-expansion limit.
        case inputLimit
        /// A file or document holds no setup.
        case emptySetup
        case duplicateKey
        case unknownKey
        case wrongType
        case missingField
        case unsupportedVersion
        /// A metadata element the Metadata API type does not define, or a root of the wrong type.
        case unknownElement
        /// An External Client App element the documented fields do not hold, and not close to one: perhaps a newer field.
        case unlistedElement
        /// A metadata element out of its Metadata API sequence.
        case elementOrder
        /// A metadata scope that is not a Metadata API scope name.
        case unknownScope
    }

    public let kind: Kind
    public let message: String
    public let range: SourceRange
    public let keyPath: String
    public let help: String?
    /// The file of the unit being read that the problem is in (0: the file the unit was named by).
    public var file = 0
    /// What would repair it, when that is known.
    public var repair: Repair?

    public init(kind: Kind, message: String, range: SourceRange, keyPath: String = "", help: String? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
        self.keyPath = keyPath
        self.help = help
    }
}

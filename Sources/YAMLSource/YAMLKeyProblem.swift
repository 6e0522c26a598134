import SourceText

/// A mapping key that a strict reading refuses, at the key's range.
public struct YAMLKeyProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A list or mapping written as a key.
        case notScalar(kindName: String)
        /// A key not among the allowed ones, with the closest allowed key if one is close.
        case unknown(key: String, suggestion: String?)
        /// A key already written earlier in the same mapping, on `firstLine`.
        case duplicate(key: String, firstLine: Int)
    }

    public let kind: Kind
    public let range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

import SourceText
/// Something that stops a stream or a document from being read.
public struct YAMLProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Not well-formed YAML (also bad encodings): libyaml's own words.
        case syntax
        /// A safety limit of SPEC §7 was passed.
        case limit
    }

    public let kind: Kind
    public let message: String
    public let range: SourceRange

    public init(kind: Kind, message: String, range: SourceRange) {
        self.kind = kind
        self.message = message
        self.range = range
    }
}

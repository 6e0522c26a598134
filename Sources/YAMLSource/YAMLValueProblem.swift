import SourceText

/// A node that is not the kind of value asked for: what was found there, and where.
public struct YAMLValueProblem: Error, Sendable, Equatable {
    public enum Found: Sendable, Equatable {
        case null
        /// A plain, untagged scalar.
        case plain(String)
        /// A quoted or block (`|`, `>`) scalar, or one with a tag (`!!str 1`): text by the way it is written.
        case quoted(String)
        /// A plain `yes`, `no`, `on`, `off`, `y` or `n` where a boolean was asked for.
        case yaml11Boolean(String)
        case list
        case mapping
    }

    public let found: Found
    public let range: SourceRange

    public init(found: Found, range: SourceRange) {
        self.found = found
        self.range = range
    }

    init(_ node: YAMLNode) {
        let found: Found
        switch node.resolved.content {
        case .scalar(let scalar):
            if StrictYAML.isNull(node) {
                found = .null
            } else {
                found = scalar.style == .plain && node.resolved.tag == nil ? .plain(scalar.value) : .quoted(scalar.value)
            }
        case .sequence: found = .list
        case .mapping: found = .mapping
        case .alias: found = .null  // not reached: `resolved` follows every alias
        }
        self.init(found: found, range: node.range)
    }
}

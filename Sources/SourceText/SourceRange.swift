/// A 1-based line and column; columns count Unicode scalars.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A range from `start` up to, not including, `end`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = max(start, end)
    }

    public init(at position: SourcePosition) {
        self.init(start: position, end: SourcePosition(line: position.line, column: position.column + 1))
    }

    public static let fileStart = SourceRange(at: SourcePosition(line: 1, column: 1))

    public func contains(_ position: SourcePosition) -> Bool {
        start <= position && position < end
    }

    public var description: String { "\(start)-\(end)" }
}

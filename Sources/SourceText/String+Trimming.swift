extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (and other Unicode space separators), as
    /// Foundation's `trimmingCharacters(in: .whitespaces)`; line breaks are kept.
    public func trimmingSpaces() -> String { trimming(where: isSpaceOrTab) }

    /// The text without leading and trailing line breaks, as `trimmingCharacters(in: .newlines)`.
    public func trimmingLineBreaks() -> String { trimming { $0.properties.isWhitespace && !isSpaceOrTab($0) } }

    private func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .spaceSeparator || scalar == "\t"
    }
}

extension String {
    /// The text cut or padded with spaces to `width` characters, as NSString's `padding(toLength:withPad: " ", startingAt: 0)`.
    public func padded(to width: Int) -> String {
        count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
    }
}

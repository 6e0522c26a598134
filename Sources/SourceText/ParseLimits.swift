/// Safety limits of SPEC §7; each may be raised or lowered by the caller.
public struct ParseLimits: Sendable {
    public var maxFileBytes: Int
    public var maxDepth: Int
    public var maxExpandedNodes: Int

    public init(maxFileBytes: Int = 64 * 1024 * 1024, maxDepth: Int = 100, maxExpandedNodes: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
    }

    public static let standard = ParseLimits()

    /// The file size limit as reports name it: "64 MiB", or a byte count when it is not whole MiB.
    public var fileLimitDescription: String {
        maxFileBytes % (1024 * 1024) == 0 ? "\(maxFileBytes / (1024 * 1024)) MiB" : "\(maxFileBytes)-byte"
    }
}

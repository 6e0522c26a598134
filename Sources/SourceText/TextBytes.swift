/// A text's bytes indexed by their offsets in the whole file: all of a file, or only the lines one
/// document of a long stream takes (a window), so that edits and positions stay the file's own.
public struct TextBytes: RandomAccessCollection, Sendable {
    private let storage: [UInt8]
    /// The file offset of the first byte held.
    public let startIndex: Int

    public init(_ storage: [UInt8], startingAt offset: Int = 0) {
        self.storage = storage
        startIndex = offset
    }

    public var endIndex: Int { startIndex + storage.count }

    public subscript(offset: Int) -> UInt8 { storage[offset - startIndex] }

    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try storage.withUnsafeBufferPointer(body)
    }
}

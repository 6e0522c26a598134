import SourceText

/// Where each Unicode scalar of a line starts in its UTF-8 bytes, listed once for the findings on the line: a long line
/// can hold thousands, and counting from its start for each made reports quadratic. An ASCII line's columns are its
/// byte counts already, and are not listed.
struct LineScalars {
    /// How many scalars the line holds.
    let count: Int
    /// Each scalar's byte offset, and the line's byte count last; nil for an ASCII line.
    private let starts: [Int]?

    init(_ line: String) {
        guard !line.isAllASCII else {
            count = line.utf8.count
            starts = nil
            return
        }
        var offsets: [Int] = []
        for (offset, byte) in line.utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(offset) }
        count = offsets.count
        offsets.append(line.utf8.count)
        starts = offsets
    }

    /// The byte offset of scalar `index` (0-based), the line's byte count for an index at or past its end.
    func byteOffset(ofScalar index: Int) -> Int {
        let index = min(max(index, 0), count)
        return starts?[index] ?? index
    }
}

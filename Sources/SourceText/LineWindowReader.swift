#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the whole lines of an input front to back, a window at a time: the lines one document of a
/// stream takes, as a text index with the file's own lines and offsets. Lines before a window are let go
/// of, so memory follows the largest document, not the file. Lines end at LF, CRLF or CR.
public final class LineWindowReader {
    private let reader: ChunkReader?
    private let isWholeInput: Bool
    /// Bytes read; from index `base` on (file offset `baseOffset`) they start at line `baseLine`.
    private var buffer: [UInt8] = []
    private var base = 0
    private var baseOffset = 0
    private var baseLine = 1
    private var atEnd = false
    /// The line break that ends line 1, which `TextIndex` calls the file's own.
    private var fileLineBreak: String?
    /// How much one read asks for (see `ChunkReader.chunkBytes`).
    private var chunkBytes = ChunkReader.chunkBytes(forFileOfSize: nil)

    public init(_ input: SourceFile) {
        switch input {
        case .bytes(let bytes):
            buffer = bytes
            reader = nil
            isWholeInput = true
            atEnd = true
        case .file:
            reader = try? ChunkReader(input, maxBytes: .max)
            isWholeInput = false
            chunkBytes = ChunkReader.chunkBytes(forFileOfSize: input.size)
        }
    }

    /// Lines `first` through `last` with their line breaks. Windows must come in order: nil for one that
    /// starts before the last one did, or past the end of the input.
    public func window(lines first: Int, through last: Int) -> TextIndex? {
        guard last >= first, advance(to: first) else { return nil }
        let end = skipLines(last - first + 1, from: base).position
        return TextIndex(window: Array(buffer[base..<end]), startingAt: baseOffset, firstLine: first, fileLineBreak: fileLineBreak)
    }

    /// The first `limit` bytes of each wanted line, without its break, as a window takes them (the lines before
    /// the first wanted one are dropped) but without holding more than one line's bytes beyond the buffer.
    public func lines(_ wanted: Set<Int>, limit: Int) -> [Int: [UInt8]] {
        guard let first = wanted.min(), let last = wanted.max(), advance(to: first) else { return [:] }
        var result: [Int: [UInt8]] = [:]
        var index = base
        for line in first...last {
            let next = nextLineStart(from: index)
            if wanted.contains(line) {
                var end = next ?? buffer.count
                while end > index, buffer[end - 1] == 0x0A || buffer[end - 1] == 0x0D { end -= 1 }
                var start = index
                if line == 1, baseOffset == 0, buffer[start..<end].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
                result[line] = Array(buffer[start..<min(end, start + limit)])
            }
            guard let next else { break }
            index = next
        }
        return result
    }

    /// Drops the lines before `line`; false when the input ends before it or it was dropped already.
    private func advance(to line: Int) -> Bool {
        guard line >= baseLine else { return false }
        if baseLine == 1, line > 1 {
            guard let next = nextLineStart(from: base) else { return false }
            fileLineBreak = buffer[next - 1] == 0x0D ? "\r" : next - base >= 2 && buffer[next - 2] == 0x0D ? "\r\n" : "\n"
            drop(to: next, lines: 1)
        }
        while baseLine < line {
            let (position, crossed) = skipLinesRead(line - baseLine, from: base)
            drop(to: position, lines: crossed)
            if baseLine < line {
                // Dropped bytes are let go of once they are most of the buffer, so each byte moves about once.
                if !isWholeInput, base >= 64 * 1024, base > buffer.count / 2 {
                    buffer.removeFirst(base)
                    base = 0
                }
                guard readMore() else { return false }
            }
        }
        return true
    }

    private func drop(to position: Int, lines: Int) {
        baseOffset += position - base
        base = position
        baseLine += lines
    }

    /// Past `count` line breaks from buffer index `index`, reading more as needed: where it got to, and how many
    /// breaks it crossed (fewer only when the input ended first; then `position` is the end of the input).
    private func skipLines(_ count: Int, from index: Int) -> (position: Int, crossed: Int) {
        var position = index, crossed = 0
        while true {
            let (reached, more) = skipLinesRead(count - crossed, from: position)
            position = reached
            crossed += more
            if crossed == count { return (position, crossed) }
            guard readMore() else { return (buffer.count, crossed) }
        }
    }

    /// Past at most `count` line breaks in what was read so far: from break to break with memchr, a line at a time.
    /// A CR at the end of what was read may be the first half of a CRLF: it is crossed only once the input is known to
    /// end there.
    private func skipLinesRead(_ count: Int, from index: Int) -> (position: Int, crossed: Int) {
        let atEnd = atEnd
        return buffer.withUnsafeBufferPointer { bytes in
            var position = index, crossed = 0
            guard let start = bytes.baseAddress else { return (position, crossed) }
            func offset(_ pointer: UnsafeMutableRawPointer) -> Int { UnsafeRawPointer(pointer) - UnsafeRawPointer(start) }
            while crossed < count, position < bytes.count {
                let lineFeed = memchr(start + position, 0x0A, bytes.count - position).map(offset)
                guard let carriageReturn = memchr(start + position, 0x0D, (lineFeed ?? bytes.count) - position).map(offset) else {
                    guard let lineFeed else { return (bytes.count, crossed) }
                    position = lineFeed + 1
                    crossed += 1
                    continue
                }
                if carriageReturn + 1 < bytes.count {
                    position = carriageReturn + (bytes[carriageReturn + 1] == 0x0A ? 2 : 1)
                } else if atEnd {
                    position = carriageReturn + 1
                } else {
                    return (carriageReturn, crossed)
                }
                crossed += 1
            }
            return (position, crossed)
        }
    }

    /// Where the line holding buffer index `index` ends, past its break; nil when the input ends first.
    private func nextLineStart(from index: Int) -> Int? {
        let (position, crossed) = skipLines(1, from: index)
        return crossed == 1 ? position : nil
    }

    /// Reads the next chunk; false when nothing is left (the call that meets the end notes it and returns true).
    private func readMore() -> Bool {
        guard !atEnd, let reader else { return false }
        var chunk = [UInt8](repeating: 0, count: chunkBytes)
        let count = chunk.withUnsafeMutableBufferPointer { reader.read(into: $0.baseAddress!, capacity: $0.count) }
        if count <= 0 {
            atEnd = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
        return true
    }
}

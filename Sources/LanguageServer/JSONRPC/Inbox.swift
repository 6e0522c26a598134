import FoundationEssentials
import SourceText

/// Frames read on a thread of their own, so the server can see whether newer messages are waiting before
/// it lints or publishes.
final class Inbox: @unchecked Sendable {
    private let condition = ThreadLock()
    private var frames: [MessageReader.Frame] = []
    /// Set when no reading thread could be started: frames are then read when asked for.
    private var readsInline: MessageReader?

    init(reader: MessageReader) {
        let started = DetachedThread.start(stackSize: 1 << 20) { [self] in
            while true {
                let frame = reader.next()
                condition.lock()
                frames.append(frame)
                condition.signal()
                condition.unlock()
                if case .endOfInput = frame { return }
            }
        }
        if !started { readsInline = reader }
    }

    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return frames.isEmpty
    }

    func next() -> MessageReader.Frame {
        if let readsInline { return readsInline.next() }
        condition.lock()
        defer { condition.unlock() }
        while frames.isEmpty { condition.wait() }
        return frames.removeFirst()
    }
}

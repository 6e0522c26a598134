import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import SourceText
import YAMLSource

/// Reads a YAML stream on a thread of its own, a few documents ahead of the one being linted, so that libyaml's
/// parsing and the linting of a large stream share two cores. What is read ahead is bounded, in documents and in
/// nodes, so memory still follows the largest document; the documents reach `onDocument` in order, on the
/// calling thread, exactly as `YAMLStreamReader.read` hands them over.
final class DocumentReadAhead: @unchecked Sendable {
    private static let maxDocumentsAhead = 64
    private static let maxNodesAhead = 50_000
    private static let batchDocuments = 16
    private static let batchNodes = 5_000

    private let condition = ThreadLock()
    private var ready: [YAMLDocument] = []
    private var nodesReady = 0
    private var outcome: Result<YAMLProblem?, any Error>?
    private var readerWaits = false
    private var linterWaits = false

    static func read(_ input: SourceFile, limits: ParseLimits, keepingScalarRanges: Bool,
                     onDocument: (YAMLDocument) -> Void) throws -> YAMLProblem? {
        let queue = DocumentReadAhead()
        // The builder and libyaml keep their nesting on the heap; the stack only needs room for Swift's own frames.
        let started = DetachedThread.start(stackSize: 4 << 20) {
            // Handed over a batch at a time: a lock and a wake-up for every small document would cost more than its linting.
            var batch: [YAMLDocument] = []
            var nodes = 0
            let outcome = Result {
                try YAMLStreamReader.read(input, limits: limits, keepingScalarRanges: keepingScalarRanges) { document in
                    batch.append(document)
                    nodes += document.nodeCount
                    if batch.count >= Self.batchDocuments || nodes >= Self.batchNodes {
                        queue.put(batch, nodes: nodes)
                        batch.removeAll(keepingCapacity: true)
                        nodes = 0
                    }
                }
            }
            if !batch.isEmpty { queue.put(batch, nodes: nodes) }
            queue.finish(outcome)
        }
        guard started else {
            return try YAMLStreamReader.read(input, limits: limits, keepingScalarRanges: keepingScalarRanges, onDocument: onDocument)
        }
        while true {
            let (documents, outcome) = queue.take()
            for document in documents { onDocument(document) }
            if let outcome { return try outcome.get() }
        }
    }

    private func put(_ documents: [YAMLDocument], nodes: Int) {
        condition.lock()
        defer { condition.unlock() }
        while !ready.isEmpty && (ready.count >= Self.maxDocumentsAhead || nodesReady >= Self.maxNodesAhead) {
            readerWaits = true
            condition.wait()
        }
        ready += documents
        nodesReady += nodes
        if linterWaits { condition.signal() }
    }

    private func finish(_ result: Result<YAMLProblem?, any Error>) {
        condition.lock()
        defer { condition.unlock() }
        outcome = result
        condition.signal()
    }

    /// Every document read so far and, once the reader is done, how the stream ended.
    private func take() -> ([YAMLDocument], Result<YAMLProblem?, any Error>?) {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && outcome == nil {
            linterWaits = true
            condition.wait()
        }
        linterWaits = false
        let documents = ready
        ready.removeAll(keepingCapacity: true)
        nodesReady = 0
        if readerWaits {
            readerWaits = false
            condition.signal()
        }
        return (documents, outcome)
    }
}

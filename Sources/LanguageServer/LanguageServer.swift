import FoundationEssentials
import SourceText
#if canImport(Glibc)
import Glibc
#endif
import LintKit

/// `connectlint lsp`: a Language Server over standard input and output. Messages are handled one at a time;
/// linting waits until no message is pending, so only a document's latest version is linted, and a result is
/// published only when the document has not changed meanwhile.
public final class LanguageServer {
    let writer: MessageWriter
    let inbox: Inbox
    let linter: WorkspaceLinter
    var documents: [String: OpenDocument] = [:]
    /// The last lint's findings per URI (a linked file's come from the setup that links it).
    var linted: [String: LintedFile] = [:]
    /// Documents changed since they were last linted.
    var dirty = Set<String>()
    /// Push mode: documents linted but not yet published (messages that arrived meanwhile are handled first).
    var unpublished = Set<String>()
    /// Each linked file's URI -> the open setup that links it, which is linted instead of the file alone.
    var linkedBy: [String: String] = [:]
    /// URIs that got diagnostics from a document's lint, to clear when it no longer reports them.
    var publishedFrom: [String: Set<String>] = [:]
    var encoding = PositionEncoding.utf16
    var pullDiagnostics = false
    var refreshSupport = false
    var watchRegistration = false
    var initialized = false
    var shutDown = false
    private var nextRequestID = 0

    public init(maxFileBytes: Int, input: Int32 = 0, output: Int32 = SystemIO.standardOutput) {
        writer = MessageWriter(descriptor: output)
        inbox = Inbox(reader: MessageReader(descriptor: input))
        linter = WorkspaceLinter(maxFileBytes: maxFileBytes)
    }

    /// Serves until `exit` or the end of input; returns the exit status (0 only after `shutdown`).
    public func run() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        while true {
            if inbox.isEmpty, let uri = unpublished.popFirst() {
                publish(uri)
                continue
            }
            if inbox.isEmpty, let uri = nextDirty() {
                lintDirty(uri)
                continue
            }
            switch inbox.next() {
            case .endOfInput:
                return shutDown ? 0 : 1
            case .badHeader(let reason):
                respond(nil, error: ResponseError(.parseError, reason))
            case .message(let data):
                if let status = handle(data) { return status }
            }
        }
    }

    /// Handles one message; returns an exit status on `exit`.
    func handle(_ data: Data) -> Int32? {
        guard let envelope = try? JSONDecoder().decode(IncomingEnvelope.self, from: data) else {
            respond(nil, error: ResponseError(.parseError, "the message is not a JSON-RPC object"))
            return nil
        }
        guard let method = envelope.method else {
            if !envelope.hasResult { respond(envelope.id, error: ResponseError(.invalidRequest, "the message has no method")) }
            return nil
        }
        if method == "exit" { return shutDown ? 0 : 1 }
        let isRequest = envelope.id != nil
        if !initialized && method != "initialize" {
            if isRequest { respond(envelope.id, error: ResponseError(.serverNotInitialized, "initialize first")) }
            return nil
        }
        if shutDown && isRequest {
            respond(envelope.id, error: ResponseError(.invalidRequest, "the server is shutting down"))
            return nil
        }
        do {
            if let id = envelope.id {
                try handleRequest(method, id: id, data: data)
            } else {
                try handleNotification(method, data: data)
            }
        } catch let error as ResponseError {
            if isRequest { respond(envelope.id, error: error) }
        } catch {
            if isRequest { respond(envelope.id, error: ResponseError(.invalidParams, "invalid params for \(method): \(error)")) }
        }
        return nil
    }

    func handleRequest(_ method: String, id: RequestID, data: Data) throws {
        switch method {
        case "initialize": respond(id, result: initialize(try params(InitializeParams.self, data)))
        case "shutdown":
            shutDown = true
            respond(id, result: NullResult())
        case "textDocument/diagnostic": respond(id, result: try pull(try params(DocumentDiagnosticParams.self, data)))
        case "textDocument/codeAction": respond(id, result: codeActions(try params(CodeActionParams.self, data)))
        case "textDocument/hover":
            let request = try params(TextDocumentPositionParams.self, data)
            if let hover = hover(request) { respond(id, result: hover) } else { respond(id, result: NullResult()) }
        default: respond(id, error: ResponseError(.methodNotFound, "connectlint does not handle \(method)"))
        }
    }

    func handleNotification(_ method: String, data: Data) throws {
        switch method {
        case "initialized": registerWatchers()
        case "textDocument/didOpen": open(try params(DidOpenTextDocumentParams.self, data))
        case "textDocument/didChange": change(try params(DidChangeTextDocumentParams.self, data))
        case "textDocument/didSave": save(try params(DidSaveTextDocumentParams.self, data))
        case "textDocument/didClose": close(try params(DidCloseTextDocumentParams.self, data))
        case "workspace/didChangeWatchedFiles": watchedFilesChanged(try params(DidChangeWatchedFilesParams.self, data))
        default: break  // `$/cancelRequest`, `$/setTrace` and other notifications need nothing
        }
    }

    func params<Params: Decodable>(_ type: Params.Type, _ data: Data) throws -> Params {
        try JSONDecoder().decode(ParamsEnvelope<Params>.self, from: data).params
    }

    func respond<Result: Encodable>(_ id: RequestID?, result: Result) {
        send(ResponseMessage(id: id, result: result, error: nil))
    }

    func respond(_ id: RequestID?, error: ResponseError) {
        send(ResponseMessage<NullResult>(id: id, result: nil, error: error))
    }

    func notify<Params: Encodable>(_ method: String, _ params: Params) {
        send(NotificationMessage(method: method, params: params))
    }

    func request<Params: Encodable>(_ method: String, _ params: Params) {
        nextRequestID += 1
        send(RequestMessage(id: .string("connectlint-\(nextRequestID)"), method: method, params: params))
    }

    private func send<Message: Encodable>(_ message: Message) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(message) else { return }
        writer.write(data)
    }
}

/// The parts of `initialize` the server looks at; everything else the client sends is ignored.
struct InitializeParams: Decodable {
    let capabilities: ClientCapabilities?

    struct ClientCapabilities: Decodable {
        let general: General?
        let textDocument: TextDocument?
        let workspace: Workspace?
    }

    struct General: Decodable {
        let positionEncodings: [String]?
    }

    struct TextDocument: Decodable {
        /// Present when the client pulls diagnostics with `textDocument/diagnostic`.
        let diagnostic: DynamicRegistration?
        let codeAction: CodeAction?
    }

    struct CodeAction: Decodable {
        let codeActionLiteralSupport: LiteralSupport?
    }

    struct LiteralSupport: Decodable {}

    struct Workspace: Decodable {
        let didChangeWatchedFiles: DynamicRegistration?
        let diagnostics: Refresh?
    }

    struct DynamicRegistration: Decodable {
        let dynamicRegistration: Bool?
    }

    struct Refresh: Decodable {
        let refreshSupport: Bool?
    }
}

struct InitializeResult: Encodable {
    let capabilities: ServerCapabilities
    let serverInfo: ServerInfo

    struct ServerInfo: Encodable {
        let name: String
        let version: String
    }
}

struct ServerCapabilities: Encodable {
    let positionEncoding: String
    let textDocumentSync: TextDocumentSync
    let codeActionProvider: CodeActionOptions
    let hoverProvider = true
    /// Advertised only to a client that declares pull support, so push-only clients still get diagnostics.
    let diagnosticProvider: DiagnosticOptions?

    struct TextDocumentSync: Encodable {
        let openClose = true
        /// Full: each change sends the whole text.
        let change = 1
        let save = SaveOptions()
    }

    struct SaveOptions: Encodable {
        let includeText = false
    }

    struct CodeActionOptions: Encodable {
        let codeActionKinds = [CodeActionKind.quickFix, CodeActionKind.fixAll]
    }

    struct DiagnosticOptions: Encodable {
        let identifier = "connectlint"
        /// A setup's findings depend on the metadata file it links.
        let interFileDependencies = true
        let workspaceDiagnostics = false
    }
}

struct Registration: Encodable {
    let id: String
    let method: String
    let registerOptions: WatchedFilesOptions

    struct WatchedFilesOptions: Encodable {
        let watchers: [Watcher]
    }

    struct Watcher: Encodable {
        let globPattern: String
    }
}

struct RegistrationParams: Encodable {
    let registrations: [Registration]
}

struct ShowMessageParams: Encodable {
    /// 1 error, 2 warning, 3 info.
    let type: Int
    let message: String
}

import LintKit

extension LanguageServer {
    func initialize(_ params: InitializeParams) -> InitializeResult {
        let capabilities = params.capabilities
        encoding = .negotiated(offered: capabilities?.general?.positionEncodings)
        pullDiagnostics = capabilities?.textDocument?.diagnostic != nil
        refreshSupport = capabilities?.workspace?.diagnostics?.refreshSupport == true
        watchRegistration = capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration == true
        initialized = true
        return InitializeResult(
            capabilities: ServerCapabilities(positionEncoding: encoding.rawValue, textDocumentSync: .init(), codeActionProvider: .init(),
                                             diagnosticProvider: pullDiagnostics ? .init() : nil),
            serverInfo: .init(name: "connectlint", version: ToolInfo.version))
    }

    /// Asks the client to report changes of `.connectlint.yml` files (and of linked files on disk).
    func registerWatchers() {
        guard watchRegistration else { return }
        let patterns = ["**/.connectlint.yml", "**/*.connectedApp-meta.xml", "**/*.connectedApp"]
        request("client/registerCapability", RegistrationParams(registrations: [
            Registration(id: "connectlint-watched-files", method: "workspace/didChangeWatchedFiles",
                         registerOptions: .init(watchers: patterns.map(Registration.Watcher.init))),
        ]))
    }

    /// A configuration (or a linked file on disk) changed: every open document is linted again.
    func watchedFilesChanged(_ params: DidChangeWatchedFilesParams) {
        if params.changes.contains(where: { $0.uri.hasSuffix("/" + ConfigurationLoader.fileName) }) { linter.configurationChanged() }
        dirty.formUnion(documents.keys)
        linted = [:]
        if pullDiagnostics && refreshSupport { request("workspace/diagnostic/refresh", NullResult()) }
    }
}

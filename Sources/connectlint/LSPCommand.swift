import FoundationEssentials
import LanguageServer
import SourceText

struct LSPCommand: ParsedCommand {
    static let stdio: Declared<Bool> = .flag("--stdio", help: "Accepted for clients that pass it; standard input and output are the only transport.")
    static let maxFileSize: Declared<Int> = .option("--max-file-size",
        help: "Largest buffer linted, in MiB; a bigger one gives an input-limit finding (default 64).",
        default: ParseLimits.standard.maxFileBytes / (1024 * 1024))
    static let spec = CommandSpec(Self.self, name: "lsp", abstract: "Run the Language Server over standard input and output, for editors.",
                                  groups: [ParameterGroup(stdio.parameter, maxFileSize.parameter)])

    let stdio: Bool
    let maxFileSize: Int

    init(_ parsed: ParsedValues) throws {
        stdio = try parsed[Self.stdio]
        maxFileSize = try parsed[Self.maxFileSize]
    }

    func validate() throws {
        guard (1...(1 << 30)).contains(maxFileSize) else {
            throw ValidationError("--max-file-size is in MiB and must be between 1 and \(1 << 30), not \(maxFileSize).")
        }
    }

    func run() throws {
        let status = LanguageServer(maxFileBytes: maxFileSize * 1024 * 1024).run()
        throw ExitCode(status)
    }
}

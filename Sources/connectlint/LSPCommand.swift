import ArgumentParser
import Foundation
import LanguageServer
import SourceText

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server over standard input and output, for editors."
    )

    @Flag(help: "Accepted for clients that pass it; standard input and output are the only transport.")
    var stdio = false

    @Option(name: .customLong("max-file-size"),
            help: "Largest buffer linted, in MiB; a bigger one gives an input-limit finding (default 64).")
    var maxFileSize: Int = ParseLimits.standard.maxFileBytes / (1024 * 1024)

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

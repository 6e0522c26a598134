import ArgumentParser
import Foundation
import LintKit

struct ConnectLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connectlint",
        abstract: "Checks a Salesforce Connected App + Cyclr connector setup against Cyclr's guide and Salesforce's rules.",
        version: ToolInfo.version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, SchemaCommand.self, BaselineCommand.self,
                      LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )
}

/// Exit codes of SPEC §4.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2
    static let internalError: Int32 = 3
}

@main
enum Main {
    static func main() {
        do {
            var command = try ConnectLint.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as LintUsageError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as ConfigurationError {
            printError(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch let error as InternalError {
            printError("internal error: \(error.description)")
            Foundation.exit(ExitStatus.internalError)
        } catch {
            let code = ConnectLint.exitCode(for: error)
            if code == .success {
                print(ConnectLint.fullMessage(for: error))
                Foundation.exit(ExitStatus.clean)
            }
            let message = ConnectLint.fullMessage(for: error)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            if !message.contains("Usage:") {
                FileHandle.standardError.write(Data("See 'connectlint --help'.\n".utf8))
            }
            Foundation.exit(ExitStatus.usage)
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("connectlint: error: \(message)\n".utf8))
    }
}

struct InternalError: Error, CustomStringConvertible {
    let description: String
}

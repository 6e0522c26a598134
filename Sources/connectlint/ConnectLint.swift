import Foundation
import LintKit
import SourceText

enum ConnectLint {
    static let spec = CommandSpec(
        name: "connectlint",
        abstract: "Checks a Salesforce Connected App + Cyclr connector setup against Cyclr's guide and Salesforce's rules.",
        version: ToolInfo.version,
        subcommands: [LintCommand.spec, RulesCommand.spec, ExplainCommand.spec, InitCommand.spec, SchemaCommand.spec, BaselineCommand.spec,
                      LSPCommand.spec],
        defaultSubcommand: "lint"
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
            switch try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()), root: ConnectLint.spec) {
            case .run(let command): try command.run()
            case .help(let path): writeStandardOutput(HelpWriter.help(for: path))
            case .version(let version): writeStandardOutput(version + "\n")
            case .completionScript(let script): writeStandardOutput(script)
            }
        } catch let failure as UsageFailure {
            FileHandle.standardError.write(Data(HelpWriter.error(failure).utf8))
            Foundation.exit(ExitStatus.usage)
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
            FileHandle.standardError.write(Data("Error: \(error)\nSee 'connectlint --help'.\n".utf8))
            Foundation.exit(ExitStatus.usage)
        }
    }

    /// Without `print`, whose `Any` arguments cost dynamic casts (conformance scans) at start-up.
    static func writeStandardOutput(_ text: String) {
        var text = text
        text.withUTF8 { _ = SystemIO.writeAll(SystemIO.standardOutput, $0) }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("connectlint: error: \(message)\n".utf8))
    }
}

struct InternalError: Error, CustomStringConvertible {
    let description: String
}

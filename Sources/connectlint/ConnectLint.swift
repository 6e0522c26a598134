import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
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
            SystemIO.writeStandardError(HelpWriter.error(failure))
            exit(ExitStatus.usage)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let error as LintUsageError {
            printError(error.description)
            exit(ExitStatus.usage)
        } catch let error as ConfigurationError {
            printError(error.description)
            exit(ExitStatus.usage)
        } catch let error as InternalError {
            printError("internal error: \(error.description)")
            exit(ExitStatus.internalError)
        } catch {
            SystemIO.writeStandardError("Error: \(error)\nSee 'connectlint --help'.\n")
            exit(ExitStatus.usage)
        }
    }

    /// Without `print`, whose `Any` arguments cost dynamic casts (conformance scans) at start-up.
    static func writeStandardOutput(_ text: String) {
        SystemIO.write(text, to: SystemIO.standardOutput)
    }

    static func printError(_ message: String) {
        SystemIO.writeStandardError("connectlint: error: \(message)\n")
    }
}

struct InternalError: Error, CustomStringConvertible {
    let description: String
}

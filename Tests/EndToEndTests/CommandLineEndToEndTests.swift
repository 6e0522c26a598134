import Foundation
import Testing
import TestSupport

/// `--help`, `--version` and usage errors as the built binary gives them: exit status, stream and wording.
@Suite struct CommandLineEndToEndTests {
    @Test func helpListsTheSubcommands() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            #expect(result.stdout.hasPrefix("OVERVIEW: Checks a Salesforce Connected App"))
            for command in ["lint (default)", "rules", "explain", "init", "schema", "baseline", "lsp"] {
                #expect(result.stdout.contains("\n  \(command) "), "\(arguments) lacks \(command)")
            }
        }
    }

    @Test func helpOfASubcommand() throws {
        let prune = try BinaryRunner.run(["help", "baseline", "prune"])
        #expect(prune.status == 0)
        #expect(prune.stdout.contains("USAGE: connectlint baseline prune <file> [<paths> ...] [--config <file>] [--rules <dir> ...] [--service-domain <HOST>]"))
        let lint = try BinaryRunner.run(["SampleConfigs/valid", "--help"])
        #expect(lint.status == 0)
        #expect(lint.stdout.contains("  --fail-on <fail-on>     Lowest severity that makes the exit status 1:"))
        #expect(lint.stdout.contains("(values: error,\n                          warning, info, never)"))
    }

    @Test func versionFromAnyCommand() throws {
        for arguments in [["--version"], ["rules", "--version"]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.trimmingCharacters(in: .newlines).split(separator: ".").count == 3, "\(arguments): \(result.stdout)")
        }
    }

    @Test func anUnknownOptionIsAUsageErrorWithASuggestion() throws {
        let result = try BinaryRunner.run(["--formt", "json", "SampleConfigs/valid"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            Error: Unknown option '--formt'. Did you mean '--format'?
            Usage: connectlint lint [<options>] [<paths> ...]
              See 'connectlint lint --help' for more information.

            """)
    }

    @Test func aMissingValueAndABadChoiceAreUsageErrors() throws {
        let missing = try BinaryRunner.run(["explain", "--config"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Error: Missing value for '--config <file>'\nHelp:  --config <file>  Configuration file"))
        let choice = try BinaryRunner.run(["--color", "sometimes"])
        #expect(choice.status == 2)
        #expect(choice.stderr.hasPrefix("Error: The value 'sometimes' is invalid for '--color <color>'. Please provide one of 'auto', 'always' or 'never'."))
    }

    @Test func doubleDashMakesAnOptionAPath() throws {
        let result = try BinaryRunner.run(["--", "--help"])
        #expect(result.status == 2)
        #expect(result.stderr == "connectlint: error: --help: no such file or directory\n")
    }
}

@testable import connectlint
import Reports
import Testing

/// connectlint's own commands as declared: dispatch, the default subcommand, and help that lists everything.
@Suite struct ConnectLintCommandLineTests {
    static func command(_ arguments: [String]) throws -> any RunnableCommand {
        guard case .run(let command) = try CommandLineParser.parse(arguments, root: ConnectLint.spec) else {
            throw ValidationError("no command runs for \(arguments)")
        }
        return command
    }

    static func failure(_ arguments: [String]) -> UsageFailure? {
        do {
            _ = try CommandLineParser.parse(arguments, root: ConnectLint.spec)
            return nil
        } catch {
            return error
        }
    }

    @Test func lintIsTheDefaultSubcommand() throws {
        let lint = try #require(try Self.command(["--format", "json", "--format", "sarif=out.sarif", "--fail-on", "warning", "a.yaml", "-"]) as? LintCommand)
        #expect(lint.paths == ["a.yaml", "-"])
        #expect(lint.format == [ReportTarget(format: .json), ReportTarget(format: .sarif, file: "out.sarif")])
        #expect(lint.failOn == .warning)
        let plain = try #require(try Self.command([]) as? LintCommand)
        #expect(plain.paths == ["."] && plain.format == [ReportTarget(format: .text)] && plain.color == .auto && plain.jobs == nil)
        #expect(plain.stdinFilename == "<stdin>" && !plain.noInlineSuppressions && plain.catalogOptions.ruleFolders.isEmpty)
    }

    @Test func optionGroupsAreReadWithTheirCommand() throws {
        let lint = try #require(try Self.command(["lint", "--rules", "a", "--rules=b", "--config", "c.yml", "--no-inline-suppressions",
                                                  "--unsafe-fixes", "--strict-baseline", "--sarif-category", "prod"]) as? LintCommand)
        #expect(lint.catalogOptions.ruleFolders == ["a", "b"] && lint.catalogOptions.configPath == "c.yml")
        #expect(lint.noInlineSuppressions && lint.fixOptions.unsafeFixes && lint.fixOptions.fixing && !lint.fixOptions.diff)
        #expect(lint.adoption.strictBaseline && lint.adoption.sarifCategory == "prod")
    }

    @Test func subcommandsAreDispatchedByName() throws {
        #expect((try Self.command(["rules", "--format", "json"]) as? RulesCommand)?.format == .json)
        #expect((try Self.command(["explain", "callback-url"]) as? ExplainCommand)?.ruleId == "callback-url")
        let prune = try #require(try Self.command(["baseline", "prune", "b.json", "x", "y", "--service-domain", "h"]) as? BaselineCommand.Prune)
        #expect(prune.file == "b.json" && prune.paths == ["x", "y"] && prune.serviceDomain == "h")
        #expect((try Self.command(["init", "--connector", "Salesforce Chatter"]) as? InitCommand)?.connector == "Salesforce Chatter")
        #expect((try Self.command(["lsp", "--stdio"]) as? LSPCommand)?.stdio == true)
    }

    @Test func aCommandOfSubcommandsAloneShowsItsHelp() throws {
        guard case .help(let path) = try CommandLineParser.parse(["baseline"], root: ConnectLint.spec) else { Issue.record(); return }
        #expect(path.map(\.name) == ["connectlint", "baseline"])
        #expect(Self.failure(["baseline", "nosuch"])?.error == .unexpectedArguments(["nosuch"]))
    }

    @Test func helpSubcommandNamesTheCommand() throws {
        guard case .help(let path) = try CommandLineParser.parse(["help", "baseline", "prune"], root: ConnectLint.spec) else { Issue.record(); return }
        #expect(path.map(\.name) == ["connectlint", "baseline", "prune"])
    }

    @Test func validationAndValueErrorsCarryTheirCommand() throws {
        let jobs = try #require(Self.failure(["--jobs", "0"]))
        #expect(jobs.error == .invalid("--jobs must be at least 1, not 0."))
        #expect(HelpWriter.error(jobs) == """
            Error: --jobs must be at least 1, not 0.
            Usage: connectlint lint [<options>] [<paths> ...]
              See 'connectlint lint --help' for more information.

            """)
        let format = try #require(Self.failure(["rules", "--format", "xml"]))
        #expect(HelpWriter.error(format).hasPrefix("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' or 'json'.\n"
            + "Help:  --format <format>  Output format: text (a table) or json (a list of rule objects).\n"
            + "Usage: connectlint rules [--config <file>] [--rules <dir> ...] [--format <format>]\n"))
        let adoption = try #require(Self.failure(["--write-baseline", "b.json", "--changed-since", "main"]))
        #expect(adoption.error.message.hasPrefix("--write-baseline records the whole repository's findings"))
    }

    /// Every command's help names each of its options and arguments with value name, help, choices and default.
    @Test func helpListsEveryDeclaredParameter() {
        func check(_ path: [CommandSpec]) {
            let command = path[path.count - 1]
            let help = HelpWriter.help(for: path)
            #expect(help.contains("OVERVIEW: " + command.abstract.prefix(40)))
            for parameter in command.parameters {
                #expect(help.contains("  " + parameter.synopsis), "\(command.name) lacks \(parameter.synopsis)")
                let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains(parameter.help.split(separator: " ").joined(separator: " ")), "\(command.name): \(parameter.help)")
                if let value = parameter.defaultDescription { #expect(words.contains("default: \(value)")) }
                if !parameter.choices.isEmpty { #expect(words.contains("values: " + parameter.choices.joined(separator: ", "))) }
            }
            for subcommand in command.subcommands {
                #expect(help.contains("  " + subcommand.name))
                check(path + [subcommand])
            }
            #expect(help.contains("--version") && help.contains("-h, --help"))
        }
        check([ConnectLint.spec])
    }

    @Test func lintHelpShowsTheReportsAndTheirDefaults() {
        let help = HelpWriter.help(for: [ConnectLint.spec, LintCommand.spec])
        #expect(help.contains("USAGE: connectlint lint [<options>] [<paths> ...]"))
        #expect(help.contains("ADOPTING AND CI:\n  --baseline <file>"))
        #expect(help.contains("  --format <format[=file]>\n"))
        #expect(help.contains("        Repeat it for several reports from one pass over the files; FORMAT=FILE\n"))
        #expect(help.contains("  --no-inline-suppressions\n"))
    }
}

import FoundationEssentials
import SourceText

/// The bash, zsh and fish completion scripts of `--generate-completion-script`, from the declared commands:
/// subcommand names, each command's options, and an option's choices (or file names) as its value.
enum CompletionScripts {
    static let shells = ["bash", "zsh", "fish"]

    static func script(for shell: String, root: CommandSpec) -> String? {
        let commands = paths(from: [root])
        switch shell {
        case "bash": return bash(root.name, commands)
        case "zsh": return zsh(root.name, commands)
        case "fish": return fish(root.name, commands)
        default: return nil
        }
    }

    /// Each command with the names leading to it; a parent with a default subcommand also offers the default's options.
    struct Completed {
        let path: String
        let subcommands: [String]
        let options: [Parameter]
        let takesFiles: Bool
    }

    static func paths(from path: [CommandSpec]) -> [Completed] {
        let command = path[path.count - 1]
        let reached = command.defaultSubcommand.flatMap(command.subcommand(named:)) ?? command
        let options = reached.parameters.filter { $0.kind != .argument } + [HelpWriter.helpFlag]
            + (path[0].version.map { _ in [HelpWriter.versionFlag] } ?? [])
        let here = Completed(path: path.map(\.name).joined(separator: " "), subcommands: command.subcommands.map(\.name),
                             options: options, takesFiles: reached.parameters.contains { $0.kind == .argument })
        return [here] + command.subcommands.flatMap { paths(from: path + [$0]) }
    }

    /// `"connectlint lint"|"connectlint rules"|…`: the words that lead to a subcommand, for the walk to `cmd`.
    private static func pathPatterns(_ commands: [Completed]) -> String {
        commands.dropFirst().map { "\"\($0.path)\"" }.joined(separator: "|")
    }

    static func bash(_ name: String, _ commands: [Completed]) -> String {
        var script = """
        _\(name)() {
            local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="\(name)" words="" i
            COMPREPLY=()
            for ((i = 1; i < COMP_CWORD; i++)); do
                case "$cmd ${COMP_WORDS[i]}" in
                    \(pathPatterns(commands))) cmd="$cmd ${COMP_WORDS[i]}" ;;
                esac
            done
            case "$cmd" in

        """
        script += caseBlocks(commands, indent: "        ", pattern: { "\($0))" }, value: { option in
            "COMPREPLY=($(compgen \(option.choices.isEmpty ? "-f" : "-W \"\(option.choices.joined(separator: " "))\"") -- \"$cur\"))"
        }, words: { "words=\"\($0.joined(separator: " "))\"" }, files: "COMPREPLY=($(compgen -f -- \"$cur\"))")
        return script + """
            esac
            COMPREPLY+=($(compgen -W "$words" -- "$cur"))
        }
        complete -o filenames -F _\(name) \(name)

        """
    }

    static func zsh(_ name: String, _ commands: [Completed]) -> String {
        var script = """
        #compdef \(name)
        local cmd="\(name)" prev="${words[CURRENT-1]}" i
        for ((i = 2; i < CURRENT; i++)); do
            case "$cmd ${words[i]}" in
                (\(pathPatterns(commands)))) cmd="$cmd ${words[i]}" ;;
            esac
        done
        case "$cmd" in

        """
        script += caseBlocks(commands, indent: "    ", pattern: { "(\($0))" }, value: { option in
            option.choices.isEmpty ? "_files" : "compadd -- \(option.choices.joined(separator: " "))"
        }, words: { "compadd -- \($0.joined(separator: " "))" }, files: "_files")
        return script + "esac\n"
    }

    /// One branch per command of the `case "$cmd"` bash and zsh share: an option's value, else the words and files.
    private static func caseBlocks(_ commands: [Completed], indent: String, pattern: (String) -> String,
                                   value: (Parameter) -> String, words: ([String]) -> String, files: String) -> String {
        commands.map { command in
            var block = indent + pattern("\"\(command.path)\"") + "\n" + indent + "    case \"$prev\" in\n"
            for option in command.options where option.kind == .option {
                block += indent + "        " + pattern(option.names.joined(separator: "|")) + " " + value(option) + "; return ;;\n"
            }
            block += indent + "    esac\n" + indent + "    " + words(command.options.flatMap(\.names) + command.subcommands) + "\n"
            return block + indent + "    " + (command.takesFiles ? files + " " : "") + ";;\n"
        }.joined()
    }

    static func fish(_ name: String, _ commands: [Completed]) -> String {
        var script = """
        function __\(name)_command
            set -l cmd \(name)
            for word in (commandline -opc)[2..-1]
                switch "$cmd $word"
                    case \(commands.dropFirst().map { "'\($0.path)'" }.joined(separator: " "))
                        set cmd "$cmd $word"
                end
            end
            echo $cmd
        end
        complete -c \(name) -f

        """
        for command in commands {
            let condition = "-n 'test (__\(name)_command) = \"\(command.path)\"'"
            if command.takesFiles { script += "complete -c \(name) \(condition) -F\n" }
            for subcommand in command.subcommands { script += "complete -c \(name) \(condition) -a \(subcommand)\n" }
            for option in command.options {
                var line = "complete -c \(name) \(condition)"
                for optionName in option.names {
                    line += optionName.hasPrefix("--") ? " -l \(optionName.dropFirst(2))" : " -s \(optionName.dropFirst())"
                }
                if option.kind == .option { line += option.choices.isEmpty ? " -rF" : " -xa '\(option.choices.joined(separator: " "))'" }
                let summary = option.help.prefix { $0 != "." && $0 != "(" }.trimmingSpaces()
                script += line + " -d '\(summary.replacing("'", with: "\\'"))'\n"
            }
        }
        return script
    }
}

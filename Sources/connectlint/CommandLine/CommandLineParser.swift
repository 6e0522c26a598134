import SourceText

/// What a command line asks for.
enum Invocation {
    /// The command, made from its parsed values and validated.
    case run(any RunnableCommand)
    /// The help of the last command of the path (root first).
    case help([CommandSpec])
    case version(String)
    case completionScript(String)
}

/// A refused command line, with the commands (root first) whose usage the message shows.
struct UsageFailure: Error {
    let error: CommandLineError
    let path: [CommandSpec]
}

/// Reads a command line against the declared commands: subcommand names first (the default subcommand
/// when the next argument names none), then the options, flags and positional arguments of the command
/// reached. `--opt value` and `--opt=value` both work, options may follow arguments, and `--` ends options.
enum CommandLineParser {
    // An array: a Set's metadata would check String's Hashable conformance at run time, a scan of the binary.
    static let helpNames = ["-h", "--help", "-help"]
    /// Not in help, as swift-argument-parser had it: `--generate-completion-script bash|zsh|fish`.
    static let completionOption = Parameter(kind: .option, names: ["--generate-completion-script"], valueName: "shell",
                                            help: "Print a completion script.", choices: CompletionScripts.shells)

    static func parse(_ arguments: [String], root: CommandSpec) throws(UsageFailure) -> Invocation {
        var path = [root]
        var rest = arguments[...]
        if rest.first == completionOption.key {
            let shell = rest.dropFirst().first ?? ""
            guard let script = CompletionScripts.script(for: shell, root: root) else {
                throw UsageFailure(error: shell.isEmpty ? .missingValue(completionOption) : .invalidValue(shell, completionOption), path: path)
            }
            return .completionScript(script)
        }
        if rest.first == "help", root.subcommand(named: "help") == nil {
            rest = rest.dropFirst()
            while let name = rest.first, let command = path[path.count - 1].subcommand(named: name) {
                path.append(command)
                rest = rest.dropFirst()
            }
            return .help(path)
        }
        while !path[path.count - 1].subcommands.isEmpty {
            let command = path[path.count - 1]
            if let name = rest.first, let subcommand = command.subcommand(named: name) {
                path.append(subcommand)
                rest = rest.dropFirst()
                continue
            }
            // Only `--help` alone is the parent's: with anything else it is the default subcommand's.
            if !rest.isEmpty, rest.allSatisfy(helpNames.contains) { return .help(path) }
            guard let name = command.defaultSubcommand, let subcommand = command.subcommand(named: name) else {
                if let early = helpOrVersion(rest, path: path) { return early }
                if rest.isEmpty { return .help(path) }
                throw UsageFailure(error: .unexpectedArguments(Array(rest)), path: path)
            }
            path.append(subcommand)
        }
        if let early = helpOrVersion(rest, path: path) { return early }
        let command = path[path.count - 1]
        do {
            let values = try values(rest, for: command)
            guard let make = command.make else { return .help(path) }
            return .run(try make(values))
        } catch let error as CommandLineError {
            throw UsageFailure(error: error, path: path)
        } catch let error as ValidationError {
            throw UsageFailure(error: .invalid(error.message), path: path)
        } catch {
            throw UsageFailure(error: .invalid("\(error)"), path: path)
        }
    }

    /// `--help` anywhere before `--` wins over everything else, then `--version`.
    private static func helpOrVersion(_ arguments: ArraySlice<String>, path: [CommandSpec]) -> Invocation? {
        let options = arguments.prefix { $0 != "--" }
        if options.contains(where: helpNames.contains) { return .help(path) }
        if options.contains("--version"), let version = path.lazy.compactMap({ $0.version }).first { return .version(version) }
        return nil
    }

    /// The text given for each of the command's parameters.
    static func values(_ arguments: ArraySlice<String>, for command: CommandSpec) throws(CommandLineError) -> ParsedValues {
        var values = ParsedValues()
        var positionals: [String] = []
        let parameters = command.parameters
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1
            if token == "--" {
                positionals += arguments[index...]
                break
            }
            guard looksLikeOption(token) else {
                positionals.append(token)
                continue
            }
            var name = token
            var inline: String?
            if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
                name = String(token[..<equals])
                inline = String(token[token.index(after: equals)...])
            }
            guard let parameter = parameters.first(where: { $0.kind != .argument && $0.names.contains(name) }) else {
                let known = parameters.flatMap(\.names) + ["--help", "--version"]
                throw .unknownOption(name, suggestion: Suggestions.closest(to: name, among: known.filter { $0.hasPrefix("--") }))
            }
            if parameter.kind == .flag {
                if let inline { throw .flagTakesNoValue(parameter, value: inline) }
                values.append("", for: parameter)
            } else if let inline {
                guard !inline.isEmpty else { throw .missingValue(parameter) }
                values.append(inline, for: parameter)
            } else {
                guard index < arguments.endIndex, !looksLikeOption(arguments[index]) else { throw .missingValue(parameter) }
                values.append(arguments[index], for: parameter)
                index += 1
            }
        }
        var remaining = positionals[...]
        for parameter in parameters where parameter.kind == .argument {
            if parameter.repeatable {
                for value in remaining { values.append(value, for: parameter) }
                remaining = []
            } else if let value = remaining.first {
                values.append(value, for: parameter)
                remaining = remaining.dropFirst()
            } else if parameter.required {
                throw .missingArgument(parameter)
            }
        }
        guard remaining.isEmpty else { throw .unexpectedArguments(Array(remaining)) }
        return values
    }

    /// `-` alone is standard input, a value like any other.
    static func looksLikeOption(_ token: String) -> Bool {
        token.hasPrefix("-") && token.utf8.count > 1
    }
}

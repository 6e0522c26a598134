/// The help, usage line and usage-error text of a command, all from its `CommandSpec`.
enum HelpWriter {
    /// Lines stay shorter than this, but for the overview's, which may take it all (as swift-argument-parser had it).
    static let width = 80
    /// Where help text starts on a row: a label longer than this leaves it for the next line.
    static let helpColumn = 26
    /// Past this many options, the usage line says `[<options>]` instead of listing them.
    static let listedOptions = 6

    static let versionFlag = Parameter(kind: .flag, names: ["--version"], valueName: "", help: "Show the version.")
    static let helpFlag = Parameter(kind: .flag, names: ["-h", "--help"], valueName: "", help: "Show help information.")

    /// The help of the last command of `path` (root first).
    static func help(for path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        var sections = [wrap("OVERVIEW: " + command.abstract, indent: 0, width: width + 1)]
        if let discussion = command.discussion { sections.append(wrap(discussion, indent: 0)) }
        sections.append("USAGE: " + usage(for: path))
        let arguments = command.parameters.filter { $0.kind == .argument }
        if !arguments.isEmpty { sections.append("ARGUMENTS:\n" + arguments.map(row).joined(separator: "\n")) }
        for group in command.groups {
            guard let title = group.title else { continue }
            sections.append(title.uppercased() + ":\n" + group.parameters.map(row).joined(separator: "\n"))
        }
        var options = command.groups.filter { $0.title == nil }.flatMap(\.parameters).filter { $0.kind != .argument }
        if path.contains(where: { $0.version != nil }) { options.append(versionFlag) }
        options.append(helpFlag)
        sections.append("OPTIONS:\n" + options.map(row).joined(separator: "\n"))
        if !command.subcommands.isEmpty {
            let rows = command.subcommands.map { subcommand in
                row(label: subcommand.name + (subcommand.name == command.defaultSubcommand ? " (default)" : ""), help: subcommand.abstract)
            }
            let names = (["help"] + path.dropFirst().map(\.name)).joined(separator: " ")
            sections.append("SUBCOMMANDS:\n" + rows.joined(separator: "\n")
                + "\n\n  See '\(path[0].name) \(names) <subcommand>' for detailed help.")
            return sections.joined(separator: "\n\n") + "\n"
        }
        return sections.joined(separator: "\n\n") + "\n\n"
    }

    /// `connectlint rules [--config <file>] [--rules <dir> ...] [--format <format>]`.
    static func usage(for path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        let name = path.map(\.name).joined(separator: " ")
        if !command.subcommands.isEmpty { return name + " <subcommand>" }
        let parameters = command.parameters
        let optionCount = parameters.filter { $0.kind != .argument }.count
        let shown = optionCount > listedOptions ? parameters.filter { $0.kind == .argument } : parameters
        let parts = (optionCount > listedOptions ? ["[<options>]"] : []) + shown.map { parameter in
            let text = parameter.synopsis + (parameter.repeatable ? " ..." : "")
            return parameter.required ? text : "[\(text)]"
        }
        return ([name] + parts).joined(separator: " ")
    }

    /// What goes to standard error for a refused command line.
    static func error(_ failure: UsageFailure) -> String {
        var text = "Error: \(failure.error.message)\n"
        if let parameter = failure.error.parameter { text += "Help:  \(parameter.synopsis)  \(parameter.help)\n" }
        let name = failure.path.map(\.name).joined(separator: " ")
        return text + "Usage: \(usage(for: failure.path))\n  See '\(name) --help' for more information.\n"
    }

    static func row(_ parameter: Parameter) -> String {
        var notes: [String] = []
        if !parameter.choices.isEmpty { notes.append("values: " + parameter.choices.joined(separator: ", ")) }
        if let value = parameter.defaultDescription { notes.append("default: " + value) }
        let help = parameter.help + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
        let text = row(label: parameter.synopsis, help: help)
        guard let discussion = parameter.discussion else { return text }
        return text + "\n" + wrap(discussion, indent: 8)
    }

    static func row(label: String, help: String) -> String {
        let label = "  " + label
        let lines = wrap(help, indent: helpColumn)
        guard label.count < helpColumn else { return label + "\n" + lines }
        return label + String(repeating: " ", count: helpColumn - label.count) + lines.dropFirst(helpColumn)
    }

    /// `text` in lines of at most `width` characters, each indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int, width: Int = width) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count >= width {
                    lines.append(margin + line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(margin + line)
        }
        return lines.joined(separator: "\n")
    }
}

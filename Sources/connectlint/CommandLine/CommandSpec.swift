/// A command as declared: its name, help, parameters and subcommands, and how to make it from what was parsed.
struct CommandSpec: Sendable {
    let name: String
    let abstract: String
    var discussion: String?
    /// Help lists titled groups under their own heading and the untitled ones together under OPTIONS.
    var groups: [ParameterGroup] = []
    var subcommands: [CommandSpec] = []
    var defaultSubcommand: String?
    /// The version `--version` prints; set on the root, and honoured by every command under it.
    var version: String?
    /// Nil for a command that only holds subcommands: given alone, it prints its help.
    var make: (@Sendable (ParsedValues) throws -> any RunnableCommand)?

    init(name: String, abstract: String, discussion: String? = nil, version: String? = nil,
         subcommands: [CommandSpec] = [], defaultSubcommand: String? = nil) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.version = version
        self.subcommands = subcommands
        self.defaultSubcommand = defaultSubcommand
    }

    init<C: ParsedCommand>(_ command: C.Type, name: String, abstract: String, discussion: String? = nil, groups: [ParameterGroup]) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.groups = groups
        make = { parsed in
            let command = try C(parsed)
            try command.validate()
            return command
        }
    }

    /// Every parameter, in declaration order.
    var parameters: [Parameter] { groups.flatMap { $0.parameters } }

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}

/// Parameters that help shows together, under `title` when there is one.
struct ParameterGroup: Sendable {
    let title: String?
    let parameters: [Parameter]

    // Parameters, not the `Declared` values: boxing those in existentials would instantiate the metadata
    // of every `Declared<Value>` at start-up, a cost swift-argument-parser's property wrappers paid too.
    init(_ parameters: Parameter...) {
        title = nil
        self.parameters = parameters
    }

    init(_ title: String, _ parameters: Parameter...) {
        self.title = title
        self.parameters = parameters
    }
}

protocol RunnableCommand {
    func run() throws
}

/// A command made from the values parsed for its `CommandSpec`.
protocol ParsedCommand: RunnableCommand {
    init(_ parsed: ParsedValues) throws
    /// Checks that need several values at once; a `ValidationError` is a usage error.
    func validate() throws
}

extension ParsedCommand {
    func validate() throws {}
}

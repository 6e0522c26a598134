/// A parameter and how its parsed text becomes the value a command reads: the one place an option,
/// flag or argument is declared. Commands keep these as `static let`s, list them in their `CommandSpec`
/// and read them with `parsed[Self.name]`.
struct Declared<Value>: Sendable {
    let parameter: Parameter
    let read: @Sendable (ParsedValues) throws -> Value

    /// A flag such as `--fix`: true when given (once or more).
    static func flag(_ names: String..., help: String) -> Declared<Bool> {
        let parameter = Parameter(kind: .flag, names: names, valueName: "", help: help)
        return Declared<Bool>(parameter: parameter) { !$0.values(of: parameter).isEmpty }
    }

    /// An option without a default: nil when not given; the last one given wins.
    static func option<T: ArgumentValue>(_ names: String..., valueName: String? = nil, help: String) -> Declared<T?> {
        let parameter = Parameter(kind: .option, names: names, valueName: valueName ?? defaultValueName(names),
                                  help: help, choices: T.choices)
        return Declared<T?>(parameter: parameter) { parsed in
            try parsed.values(of: parameter).last.map { try parsed.convert($0, for: parameter) as T }
        }
    }

    /// An option with a default; the last one given wins.
    static func option<T: ArgumentValue>(_ names: String..., valueName: String? = nil, help: String,
                                         default value: @escaping @Sendable @autoclosure () -> T) -> Declared<T> {
        let parameter = Parameter(kind: .option, names: names, valueName: valueName ?? defaultValueName(names),
                                  help: help, describeDefault: { value().argumentDescription }, choices: T.choices)
        return Declared<T>(parameter: parameter) { parsed in
            try parsed.values(of: parameter).last.map { try parsed.convert($0, for: parameter) as T } ?? value()
        }
    }

    /// An option that may be given several times, read in order; the default stands only when none is given.
    static func repeated<T: ArgumentValue>(_ names: String..., valueName: String? = nil, help: String, discussion: String? = nil,
                                           default value: [T] = []) -> Declared<[T]> {
        let parameter = Parameter(kind: .option, names: names, valueName: valueName ?? defaultValueName(names),
                                  help: help, discussion: discussion, describeDefault: { describe(value) },
                                  choices: T.choices, repeatable: true)
        return Declared<[T]>(parameter: parameter) { parsed in
            let given = try parsed.values(of: parameter).map { try parsed.convert($0, for: parameter) as T }
            return given.isEmpty ? value : given
        }
    }

    /// A positional argument that must be given.
    static func argument<T: ArgumentValue>(_ valueName: String, help: String) -> Declared<T> {
        let parameter = Parameter(kind: .argument, names: [], valueName: valueName, help: help, choices: T.choices, required: true)
        return Declared<T>(parameter: parameter) { parsed in
            // The parser has refused the command line when a required argument is missing.
            try parsed.convert(parsed.values(of: parameter)[0], for: parameter)
        }
    }

    /// The positional arguments left over, with a default for none.
    static func arguments<T: ArgumentValue>(_ valueName: String, help: String, default value: [T] = []) -> Declared<[T]> {
        let parameter = Parameter(kind: .argument, names: [], valueName: valueName, help: help,
                                  describeDefault: { describe(value) }, choices: T.choices, repeatable: true)
        return Declared<[T]>(parameter: parameter) { parsed in
            let given = try parsed.values(of: parameter).map { try parsed.convert($0, for: parameter) as T }
            return given.isEmpty ? value : given
        }
    }

    /// `--fail-on` shows as `<fail-on>`.
    private static func defaultValueName(_ names: [String]) -> String {
        String(names[names.count - 1].drop { $0 == "-" })
    }

    private static func describe<T: ArgumentValue>(_ values: [T]) -> String? {
        values.isEmpty ? nil : values.map { $0.argumentDescription }.joined(separator: " ")
    }
}

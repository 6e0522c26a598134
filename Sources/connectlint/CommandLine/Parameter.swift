/// One option, flag or positional argument as the parser and the help writer see it.
struct Parameter: Sendable {
    enum Kind: Sendable {
        case flag, option, argument
    }

    let kind: Kind
    /// `--format`, or `-h` and `--help`, in the order help shows them; empty for a positional argument.
    let names: [String]
    /// What help shows in angle brackets: `<file>`, `<paths>`.
    let valueName: String
    let help: String
    var discussion: String?
    /// Help's `(default: …)`, worked out only for help: a default such as the CPU count costs system calls.
    var describeDefault: (@Sendable () -> String?)?
    var choices: [String] = []
    var repeatable = false
    /// A positional argument without a default must be given.
    var required = false

    var defaultDescription: String? { describeDefault?() }

    /// The key its values are stored under while parsing.
    var key: String { names.last ?? "<\(valueName)>" }

    /// `--format <format[=file]>`, `--fix`, `<paths>`: how errors and help name it.
    var synopsis: String {
        switch kind {
        case .flag: return names.joined(separator: ", ")
        case .option: return names.joined(separator: ", ") + " <\(valueName)>"
        case .argument: return "<\(valueName)>"
        }
    }
}

/// What a command-line value is read into: `init?(argument:)` parses one value; `choices` (when fixed)
/// appear in help and in the error for a value that is none of them.
protocol ArgumentValue: Sendable {
    init?(argument: String)
    static var choices: [String] { get }
    /// How help shows a default.
    var argumentDescription: String { get }
}

extension ArgumentValue {
    static var choices: [String] { [] }
}

extension ArgumentValue where Self: RawRepresentable & CaseIterable, RawValue == String {
    init?(argument: String) { self.init(rawValue: argument) }
    static var choices: [String] { allCases.map { $0.rawValue } }
    var argumentDescription: String { rawValue }
}

// Their descriptions are written out: "\(self)" in a generic context is a dynamic cast, which scans every
// conformance record of the binary at start-up.
extension String: ArgumentValue {
    init?(argument: String) { self = argument }
    var argumentDescription: String { self }
}

extension Int: ArgumentValue {
    init?(argument: String) { self.init(argument, radix: 10) }
    var argumentDescription: String { String(self) }
}

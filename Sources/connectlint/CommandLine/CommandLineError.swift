/// A command line the parser refuses: printed with the usage of the command it was for, exit status 2.
enum CommandLineError: Error, Equatable {
    case unknownOption(String, suggestion: String?)
    case missingValue(Parameter)
    case invalidValue(String, Parameter)
    case flagTakesNoValue(Parameter, value: String)
    case missingArgument(Parameter)
    case unexpectedArguments([String])
    case invalid(String)

    var message: String {
        switch self {
        case .unknownOption(let name, let suggestion):
            return "Unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
        case .missingValue(let parameter):
            return "Missing value for '\(parameter.synopsis)'"
        case .invalidValue(let value, let parameter):
            let message = "The value '\(value)' is invalid for '\(parameter.synopsis)'"
            let choices = parameter.choices
            if choices.isEmpty { return message }
            if choices.count > 4 { return message + ". Please provide one of the following:\n" + choices.map { "  - \($0)" }.joined(separator: "\n") }
            let quoted = choices.map { "'\($0)'" }
            return message + ". Please provide one of \(quoted.dropLast().joined(separator: ", ")) or \(quoted.last!)."
        case .flagTakesNoValue(let parameter, let value):
            return "The option '\(parameter.key)' does not take any value, but '\(value)' was specified."
        case .missingArgument(let parameter):
            return "Missing expected argument '\(parameter.synopsis)'"
        case .unexpectedArguments(let arguments):
            if arguments.count == 1 { return "Unexpected argument '\(arguments[0])'" }
            return "\(arguments.count) unexpected arguments: " + arguments.map { "'\($0)'" }.joined(separator: ", ")
        case .invalid(let message):
            return message
        }
    }

    /// The parameter whose help the error repeats.
    var parameter: Parameter? {
        switch self {
        case .missingValue(let parameter), .invalidValue(_, let parameter), .missingArgument(let parameter): return parameter
        default: return nil
        }
    }
}

extension Parameter: Equatable {
    static func == (a: Parameter, b: Parameter) -> Bool { a.key == b.key }
}

/// What a `validate()` throws for a combination of values it refuses.
struct ValidationError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Ends the program with this status, having printed what it had to.
struct ExitCode: Error {
    let rawValue: Int32
    init(_ rawValue: Int32) { self.rawValue = rawValue }
}

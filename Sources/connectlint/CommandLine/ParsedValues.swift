/// The text given for each parameter of one command, as the parser found it, read by the commands
/// through their `Declared` parameters.
struct ParsedValues: Sendable {
    /// By `Parameter.key`; a flag gets an empty string each time it is given.
    private(set) var given: [String: [String]] = [:]

    mutating func append(_ value: String, for parameter: Parameter) {
        given[parameter.key, default: []].append(value)
    }

    func values(of parameter: Parameter) -> [String] {
        given[parameter.key] ?? []
    }

    subscript<Value>(_ declared: Declared<Value>) -> Value {
        get throws { try declared.read(self) }
    }

    func convert<T: ArgumentValue>(_ text: String, for parameter: Parameter) throws -> T {
        guard let value = T(argument: text) else { throw CommandLineError.invalidValue(text, parameter) }
        return value
    }
}

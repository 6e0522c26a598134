/// The text given for each parameter of one command, as the parser found it, read by the commands
/// through their `Declared` parameters.
struct ParsedValues: Sendable {
    /// In command-line order; a flag gets an empty string each time it is given. A list, not a dictionary,
    /// whose metadata would cost a conformance scan at start-up; each command reads it once per parameter.
    private(set) var given: [(key: String, value: String)] = []

    mutating func append(_ value: String, for parameter: Parameter) {
        given.append((parameter.key, value))
    }

    func values(of parameter: Parameter) -> [String] {
        let key = parameter.key
        return given.compactMap { $0.key == key ? $0.value : nil }
    }

    subscript<Value>(_ declared: Declared<Value>) -> Value {
        get throws { try declared.read(self) }
    }

    func convert<T: ArgumentValue>(_ text: String, for parameter: Parameter) throws -> T {
        guard let value = T(argument: text) else { throw CommandLineError.invalidValue(text, parameter) }
        return value
    }
}

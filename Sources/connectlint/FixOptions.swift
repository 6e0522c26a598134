/// `--fix`, `--unsafe-fixes` and `--diff`: what connectlint may change, and whether it only shows it.
struct FixOptions {
    static let fix: Declared<Bool> = .flag("--fix",
        help: "Apply the safe fixes in place (with -, write the fixed text to standard output and the report to standard error).")
    static let unsafeFixes: Declared<Bool> = .flag("--unsafe-fixes",
        help: "Apply the unsafe fixes too: changes the user must confirm (implies --fix unless --diff is given).")
    static let diff: Declared<Bool> = .flag("--diff",
        help: "Print a unified diff of what --fix (or --unsafe-fixes) would change, write nothing, and exit 1 when there is a change.")
    static let group = ParameterGroup(fix.parameter, unsafeFixes.parameter, diff.parameter)

    let fix: Bool
    let unsafeFixes: Bool
    let diff: Bool

    init(_ parsed: ParsedValues) throws {
        fix = try parsed[Self.fix]
        unsafeFixes = try parsed[Self.unsafeFixes]
        diff = try parsed[Self.diff]
    }

    var fixing: Bool { fix || unsafeFixes || diff }
}

import ArgumentParser

/// `--fix`, `--unsafe-fixes` and `--diff`: what connectlint may change, and whether it only shows it.
struct FixOptions: ParsableArguments {
    @Flag(help: "Apply the safe fixes in place (with -, write the fixed text to standard output and the report to standard error).")
    var fix = false

    @Flag(name: .customLong("unsafe-fixes"), help: "Apply the unsafe fixes too: changes the user must confirm (implies --fix unless --diff is given).")
    var unsafeFixes = false

    @Flag(help: "Print a unified diff of what --fix (or --unsafe-fixes) would change, write nothing, and exit 1 when there is a change.")
    var diff = false

    var fixing: Bool { fix || unsafeFixes || diff }
}

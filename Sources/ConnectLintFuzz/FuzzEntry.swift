import FoundationEssentials
import SourceText
#if canImport(Glibc)
import Glibc
#endif
import LintKit
import Reports

/// Feeds arbitrary bytes through the whole path: parse, decode, every rule, every reporter.
/// Nothing is checked here; the sanitizers and libFuzzer catch crashes, leaks and hangs.
enum FuzzTarget {
    static let linter = Linter()
    static let fixer = Fixer(options: linter.options, includeUnsafe: false)

    static func run(_ bytes: [UInt8]) {
        // One input in three is read as a Connected App file, chosen by the input itself.
        let path = bytes.count % 3 == 0 ? "fuzz.connectedApp-meta.xml" : "fuzz.cyclr.yaml"
        checkFixes(bytes, path: path)
        let result = linter.lint(.bytes(bytes), path: path)
        checkStreaming(bytes, path: path, against: result)
        let run = LintRun(files: [result])
        // SARIF lists the whole rule catalogue whatever the input, which made it nineteen twentieths of
        // a run's cost (8 runs a second); it is rendered for one input in eight, chosen by the input itself.
        let failOn: FailLevel = bytes.count % 2 == 0 ? .error : .never
        for format in ReportFormat.allCases where format != .sarif || bytes.count % 8 == 0 {
            _ = format.reporter.render(run, context: ReportContext(catalog: linter.options.catalog, failOn: failOn, useColor: true))
        }
    }
}

extension FuzzTarget {
    /// Fix mode's three properties, for the fixes `--fix` makes unasked: the fixed text parses, no fix adds an
    /// error (the fixer refuses a file when either fails, so a refusal is a broken fix), and a second pass
    /// makes no edits. A broken property stops the run, so libFuzzer keeps the input.
    static func checkFixes(_ bytes: [UInt8], path: String) {
        guard let outcome = try? fixer.fix(paths: [], standardInput: bytes, standardInputName: path).outcomes.first else { return }
        if let refusal = outcome.refusal { broken("a safe fix broke the text: \(refusal)") }
        guard outcome.changed, let again = try? fixer.fix(paths: [], standardInput: outcome.fixed, standardInputName: path).outcomes.first else { return }
        if again.changed { broken("a second fix pass changed the text again (\(again.applied.map(\.title)))") }
    }

    /// A stream linted a document at a time reports what the whole file does, finding for finding.
    static func checkStreaming(_ bytes: [UInt8], path: String, against whole: FileResult) {
        var parts: [FileResult] = []
        guard (try? linter.stream(paths: ["-"], standardInputName: path, readStandardInput: { bytes }, emit: { parts.append($0) })) != nil else { return }
        let streamed = parts.flatMap(\.findings)
        guard streamed != whole.findings else { return }
        // Both lists, from where they part, so a find that does not replay can still be read.
        let shared = min(streamed.count, whole.findings.count)
        let first = (0..<shared).first { streamed[$0] != whole.findings[$0] } ?? shared
        func listed(_ findings: [Finding]) -> String {
            findings.dropFirst(first).prefix(5).map { "  \($0.range.start.line):\($0.range.start.column) \($0.ruleId) \($0.message)" }
                .joined(separator: "\n")
        }
        broken("linting document by document gave other findings than the whole file, from finding \(first + 1)"
               + " (\(streamed.count) against \(whole.findings.count)):\n document by document:\n\(listed(streamed))\n whole file:\n\(listed(whole.findings))")
    }

    static func broken(_ property: String) -> Never {
        SystemIO.writeStandardError("fix property broken: \(property)\n")
        abort()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// `Scripts/fuzz` builds with -DFUZZING and libFuzzer linked in: main hands over to libFuzzer's driver
/// (looked up at run time, so an ordinary build links without it). Without FUZZING, the product replays
/// inputs, `connectlint-fuzz FILE...`, so a crash found by `Scripts/fuzz` reproduces in a plain build.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        typealias Driver = @convention(c) (UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                                           @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") else {
            SystemIO.writeStandardError("libFuzzer is not linked in; build with Scripts/fuzz\n")
            exit(2)
        }
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(unsafeBitCast(symbol, to: Driver.self)(&argc, &argv, { fuzzOneInput($0, $1) }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                SystemIO.writeStandardError("cannot read \(path)\n")
                exit(2)
            }
            FuzzTarget.run(Array(data))
            print("\(path): ok")
        }
        #endif
    }
}

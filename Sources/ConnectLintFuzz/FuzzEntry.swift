import Foundation
import LintKit
import Reports

/// Feeds arbitrary bytes through the whole path: parse, decode, every rule, every reporter.
/// Nothing is checked here; the sanitizers and libFuzzer catch crashes, leaks and hangs.
enum FuzzTarget {
    static let linter = Linter()

    static func run(_ bytes: [UInt8]) {
        let result = linter.lint(.bytes(bytes), path: "fuzz.cyclr.yaml")
        let run = LintRun(files: [result])
        // SARIF lists the whole rule catalogue whatever the input, which made it nineteen twentieths of
        // a run's cost (8 runs a second); it is rendered for one input in eight, chosen by the input itself.
        let failOn: FailLevel = bytes.count % 2 == 0 ? .error : .never
        for format in ReportFormat.allCases where format != .sarif || bytes.count % 8 == 0 {
            _ = format.reporter.render(run, context: ReportContext(catalog: linter.options.catalog, failOn: failOn, useColor: true))
        }
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
            FileHandle.standardError.write(Data("libFuzzer is not linked in; build with Scripts/fuzz\n".utf8))
            exit(2)
        }
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(unsafeBitCast(symbol, to: Driver.self)(&argc, &argv, { fuzzOneInput($0, $1) }))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzTarget.run(Array(data))
            print("\(path): ok")
        }
        #endif
    }
}

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
        for format in ReportFormat.allCases {
            for failOn in [FailLevel.error, .never] {
                _ = format.reporter.render(run, context: ReportContext(catalog: linter.options.catalog, failOn: failOn, useColor: true))
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

#if !FUZZING
/// Without libFuzzer (a plain `swift build`), the product replays inputs: `connectlint-fuzz FILE...`,
/// so a crash found by `Scripts/fuzz` can be reproduced in an ordinary build.
@main
enum ReplayMain {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzTarget.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif

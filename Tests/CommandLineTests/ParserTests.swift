@testable import connectlint
import Testing

/// The parser against a small command of its own, so each rule is seen alone.
@Suite struct ParserTests {
    struct Probe: ParsedCommand {
        static let output: Declared<String?> = .option("-o", "--output", help: "Where to write.")
        static let mode: Declared<ColorChoice> = .option("--mode", help: "A choice.", default: .auto)
        static let tags: Declared<[String]> = .repeated("--tag", help: "Repeatable.", default: ["none"])
        static let verbose: Declared<Bool> = .flag("-v", "--verbose", help: "More.")
        static let noCache: Declared<Bool> = .flag("--no-cache", help: "No cache.")
        static let count: Declared<Int> = .option("--count", help: "A number.", default: 1)
        static let first: Declared<String> = .argument("first", help: "Required.")
        static let rest: Declared<[String]> = .arguments("rest", help: "The others.", default: ["."])
        static let spec = CommandSpec(Self.self, name: "probe", abstract: "A probe.",
                                      groups: [ParameterGroup(output.parameter, mode.parameter, tags.parameter, verbose.parameter, noCache.parameter,
                                                               count.parameter, first.parameter, rest.parameter)])

        let output: String?, mode: ColorChoice, tags: [String], verbose: Bool, noCache: Bool, count: Int
        let first: String, rest: [String]

        init(_ parsed: ParsedValues) throws {
            output = try parsed[Self.output]
            mode = try parsed[Self.mode]
            tags = try parsed[Self.tags]
            verbose = try parsed[Self.verbose]
            noCache = try parsed[Self.noCache]
            count = try parsed[Self.count]
            first = try parsed[Self.first]
            rest = try parsed[Self.rest]
        }

        func validate() throws {
            guard count >= 0 else { throw ValidationError("--count must not be negative") }
        }

        func run() throws {}
    }

    static let root = CommandSpec(name: "tool", abstract: "A tool.", version: "1.2.3", subcommands: [Probe.spec], defaultSubcommand: "probe")

    static func probe(_ arguments: [String]) throws -> Probe {
        guard case .run(let command) = try CommandLineParser.parse(arguments, root: root), let probe = command as? Probe else {
            throw ValidationError("not a probe run: \(arguments)")
        }
        return probe
    }

    static func failure(_ arguments: [String]) -> CommandLineError? {
        do {
            _ = try CommandLineParser.parse(arguments, root: root)
            return nil
        } catch {
            return error.error
        }
    }

    @Test func defaultsStandWhenNothingIsGiven() throws {
        let probe = try Self.probe(["a"])
        #expect(probe.output == nil && probe.mode == .auto && probe.tags == ["none"] && !probe.verbose && probe.count == 1)
        #expect(probe.first == "a" && probe.rest == ["."])
    }

    @Test func longOptionsTakeTheNextArgumentOrWhatFollowsEquals() throws {
        #expect(try Self.probe(["--output", "x.txt", "a"]).output == "x.txt")
        #expect(try Self.probe(["--output=x=y.txt", "a"]).output == "x=y.txt")
        #expect(try Self.probe(["a", "--count=3"]).count == 3)
    }

    @Test func shortNamesWorkLikeLongOnes() throws {
        #expect(try Self.probe(["-o", "x.txt", "a"]).output == "x.txt")
        #expect(try Self.probe(["-v", "a"]).verbose)
    }

    @Test func aRepeatedOptionKeepsEveryValueInOrderAndASingleOneTheLast() throws {
        #expect(try Self.probe(["--tag", "b", "a", "--tag=c"]).tags == ["b", "c"])
        #expect(try Self.probe(["--count", "2", "--count", "5", "a"]).count == 5)
    }

    @Test func flagsAreTrueWhenGivenAndTakeNoValue() throws {
        let probe = try Self.probe(["--no-cache", "--verbose", "--verbose", "a"])
        #expect(probe.noCache && probe.verbose)
        #expect(Self.failure(["--no-cache=yes", "a"]) == .flagTakesNoValue(Probe.noCache.parameter, value: "yes"))
        #expect(Self.failure(["--no-cache=yes", "a"])?.message == "The option '--no-cache' does not take any value, but 'yes' was specified.")
    }

    @Test func optionsAndArgumentsMayInterleave() throws {
        let probe = try Self.probe(["a", "-v", "b", "--tag", "t", "c"])
        #expect(probe.first == "a" && probe.rest == ["b", "c"] && probe.tags == ["t"])
    }

    @Test func aMissingValueIsAnError() {
        #expect(Self.failure(["a", "--output"]) == .missingValue(Probe.output.parameter))
        #expect(Self.failure(["--output", "--verbose", "a"]) == .missingValue(Probe.output.parameter))
        #expect(Self.failure(["--output=", "a"]) == .missingValue(Probe.output.parameter))
        #expect(Self.failure(["a", "--output"])?.message == "Missing value for '-o, --output <output>'")
    }

    @Test func standardInputIsAValue() throws {
        #expect(try Self.probe(["--output", "-", "-"]).output == "-")
        #expect(try Self.probe(["--output", "-", "-"]).first == "-")
    }

    @Test func anUnknownOptionSuggestsTheClosestName() {
        #expect(Self.failure(["--outptu", "a"]) == .unknownOption("--outptu", suggestion: "--output"))
        #expect(Self.failure(["--outptu", "a"])?.message == "Unknown option '--outptu'. Did you mean '--output'?")
        #expect(Self.failure(["--zzzzzzzz", "a"]) == .unknownOption("--zzzzzzzz", suggestion: nil))
        #expect(Self.failure(["-x", "a"])?.message == "Unknown option '-x'")
    }

    @Test func aBadValueNamesTheChoices() {
        #expect(Self.failure(["--mode", "sometimes", "a"]) == .invalidValue("sometimes", Probe.mode.parameter))
        #expect(Self.failure(["--mode", "sometimes", "a"])?.message
            == "The value 'sometimes' is invalid for '--mode <mode>'. Please provide one of 'auto', 'always' or 'never'.")
        #expect(Self.failure(["--count", "1.5", "a"])?.message == "The value '1.5' is invalid for '--count <count>'")
    }

    @Test func doubleDashEndsTheOptions() throws {
        let probe = try Self.probe(["-v", "--", "--output", "-h", "--version"])
        #expect(probe.verbose && probe.output == nil)
        #expect(probe.first == "--output" && probe.rest == ["-h", "--version"])
    }

    @Test func argumentsMustBeThereAndNoMore() {
        #expect(Self.failure([]) == .missingArgument(Probe.first.parameter))
        #expect(Self.failure([])?.message == "Missing expected argument '<first>'")
    }

    @Test func validationFailuresAreUsageErrors() {
        #expect(Self.failure(["--count", "-1", "a"]) == .missingValue(Probe.count.parameter), "-1 looks like an option")
        #expect(Self.failure(["--count=-1", "a"]) == .invalid("--count must not be negative"))
    }

    @Test func helpAndVersionWinWhereverTheyAre() throws {
        guard case .help(let path) = try CommandLineParser.parse(["a", "--output", "x", "-h"], root: Self.root) else { Issue.record(); return }
        #expect(path.map(\.name) == ["tool", "probe"])
        guard case .help(let rootPath) = try CommandLineParser.parse(["--help"], root: Self.root) else { Issue.record(); return }
        #expect(rootPath.map(\.name) == ["tool"])
        guard case .version(let version) = try CommandLineParser.parse(["probe", "--version"], root: Self.root) else { Issue.record(); return }
        #expect(version == "1.2.3")
    }
}

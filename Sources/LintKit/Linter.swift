import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import SetupModel
import YAMLSource
import SourceText
import RuleFiles

public struct LintOptions: Sendable {
    public var limits: ParseLimits
    /// How many files are linted at once; nil for one per CPU core, counted only when there are several
    /// (the count reads the cgroup's quota files, a cost a pre-commit run of one file need not pay).
    public var jobs: Int?
    public var catalog: RuleCatalog
    public var rules: [DocumentRule]
    /// Per-rule severities and `off` from the configuration.
    public var severityPolicy = SeverityPolicy()
    /// Which files directory walks yield.
    public var fileSelection = FileSelection.standard
    /// False for `--no-inline-suppressions`: suppression comments are ignored.
    public var inlineSuppressions = true
    /// The Cyclr service domain for metadata files linted without a setup YAML (`--service-domain`,
    /// or `serviceDomain` in `.connectlint.yml`); nil skips the rules that need it.
    public var serviceDomain: String?
    /// Texts to lint in place of files' contents, by path as opened (what `--fix` has changed but not written).
    public var overlay: [String: [UInt8]] = [:]
    /// `--changed-since`: only these files (paths with links resolved) and the units that read one of them.
    public var changedFiles: Set<String>?
    /// The connector profiles setups are read and checked with: the built-in ones and the configuration's.
    public var profiles: ConnectorProfiles = .builtIn
    /// Whether results carry the (masked) text of the lines their findings are on: only some reports print them.
    public var quotesSourceLines = true

    public init(limits: ParseLimits = .standard, jobs: Int? = nil,
                catalog: RuleCatalog = .builtIn, rules: [DocumentRule]? = nil, serviceDomain: String? = nil) {
        self.limits = limits
        self.jobs = jobs.map { max(1, $0) }
        self.catalog = catalog
        self.rules = rules ?? RuleEngine.documentRules(for: catalog)
        self.serviceDomain = serviceDomain
    }
}

/// A problem with the command's input itself (exit 2), not with a linted file.
public struct LintUsageError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Turns paths into findings: bytes -> documents -> typed setups -> findings.
public struct Linter: Sendable {
    public let options: LintOptions

    /// The rules as the loop over a document's rules reads them.
    let ruleRuns: [RuleRun]

    public init(options: LintOptions = LintOptions()) {
        self.options = options
        ruleRuns = options.rules.map { RuleRun($0, policy: options.severityPolicy) }
    }

    /// Lints files, directories (walked as SPEC §4 says) and `-` (standard input, read by `readStandardInput`).
    public func run(paths: [String], standardInputName: String = "<stdin>",
                    readStandardInput: (() throws -> [UInt8])? = nil) throws -> LintRun {
        let readStandardInput = readStandardInput ?? { Self.readStandardInput(atMost: options.limits.maxFileBytes + 1) }
        var targets: [(path: String, display: String)] = []
        var results: [FileResult] = []
        for path in paths {
            if path == "-" {
                let bytes = try readStandardInput()
                results.append(lint(.bytes(bytes), path: standardInputName))
                continue
            }
            let status = FileStatus(of: path)
            guard status != .missing else {
                throw LintUsageError("\(path): no such file or directory")
            }
            if status == .folder {
                for file in FileDiscovery.setupFiles(under: path, matching: { _ in true }) where options.fileSelection.accepts(file) { targets.append((file, Self.displayPath(file))) }
            } else {
                guard FileManager.default.isReadableFile(atPath: path) else { throw LintUsageError("\(path): permission denied") }
                targets.append((path, Self.displayPath(path)))
            }
        }
        // One folder's walk, or one file, names each file once: only several paths may name one twice.
        if paths.count > 1 {
            var seen = Set<String>()
            targets = targets.filter { seen.insert($0.display).inserted }
        }
        targets = targets.filter { mayReadChangedFile($0.path) }
        // Units that read other files go first, so that a file one of them read is not read again on its own:
        // setup YAMLs (with the metadata they link), then External Client Apps (each app once, whichever of its
        // files comes first), then Connected App files.
        let kinds = targets.map { MetadataFileKind(fileName: $0.path) }
        var read = Set<String>()
        func keep(_ linted: [FileResult]) {
            let kept = keepingChanged(linted)
            read.formUnion(linted.flatMap(\.linkedResults).map { Self.canonical($0.path) })
            results += kept
        }
        keep(lintInParallel(zip(targets, kinds).filter { $0.1 == nil }.map(\.0)))
        for (target, kind) in zip(targets, kinds) where kind?.isExternalClientApp == true && !read.contains(Self.canonical(target.path)) {
            keep([lint(source(at: target.path), path: target.display, openPath: target.path)])
        }
        keep(lintInParallel(zip(targets, kinds).filter { $0.1 == .connectedApp && !read.contains(Self.canonical($0.0.path)) }.map(\.0)))
        return LintRun(files: Self.mergingLinkedResults(results))
    }

    /// The findings of every rule that judges this kind of input holding these, and the values to mask:
    /// the setup's own secrets and those the rules judged.
    func check(_ setup: Setup, as input: RuleInput, holding available: Set<RuleNeed> = RuleNeed.all)
        -> (diagnostics: [Diagnostic], secrets: [SetupNode]) {
        guard setup.profile == nil else { return runRules(on: setup, as: input, holding: available) }
        var withProfile = setup
        withProfile.profile = options.profiles.fallback
        return runRules(on: withProfile, as: input, holding: available)
    }

    /// `check(_:as:holding:)` for a setup with its profile. The setup is a constant here: a variable would be
    /// copied, a large struct, for every rule it is handed to.
    private func runRules(on setup: Setup, as input: RuleInput, holding available: Set<RuleNeed>)
        -> (diagnostics: [Diagnostic], secrets: [SetupNode]) {
        var diagnostics: [Diagnostic] = []
        var secrets = setup.secrets
        let classicUI = setup.usesClassicUI
        let input = RuleRun.bit(input), available = RuleRun.bits(holding: available)
        // Read in place through the buffer: a rule taken out of the array is copied, its id and check retained and released.
        ruleRuns.withUnsafeBufferPointer { rules in
            for index in rules.indices where rules[index].applies(to: input, holding: available) {
                // What a rule judges secret is masked even when the configuration turned the rule off.
                if rules[index].judgesSecrets { secrets += rules[index].check.secrets(in: setup) }
                guard !rules[index].isOff else { continue }
                for found in rules[index].check.check(setup) {
                    var diagnostic = Diagnostic(rules[index].id, found)
                    diagnostic.classicUI = classicUI
                    diagnostics.append(diagnostic)
                }
            }
        }
        return (diagnostics, secrets)
    }

    /// A file's text: the overlay's, else the file's own (read at once when it is small, see `SourceFile.reading`).
    func source(at path: String) -> SourceFile {
        options.overlay[path].map(SourceFile.bytes) ?? .reading(path, atMost: min(Self.wholeReadBytes, options.limits.maxFileBytes))
    }

    /// Files up to this size are read whole before they are linted; larger ones are read in chunks as they are parsed.
    static let wholeReadBytes = 1 << 20

    /// Lints one input and the files it links; `path` is how reports name it, `openPath` where it was read from
    /// (nil for standard input: the folder links are resolved against is then the current one).
    public func lint(_ input: SourceFile, path: String, openPath: String? = nil) -> FileResult {
        let openPath = openPath ?? { if case .file(let file) = input { return file }; return nil }()
        if let kind = MetadataFileKind(fileName: path) { return lintMetadata(input, kind: kind, path: path, openPath: openPath) }
        var unit = LintUnit(input, displayPath: path, openPath: openPath)
        if let message = input.sizeLimitMessage(options.limits) {
            unit.report(Diagnostic(SetupDecoder.problem(for: YAMLProblem(kind: .limit, message: message, range: .fileStart))))
            return results(of: unit)
        }
        var comments = options.inlineSuppressions ? CommentScanner(input, marker: SuppressionDirective.marker) : nil
        checkDocuments(of: input, into: &unit, comments: &comments) { _, _ in }
        unit[0].comments = comments?.comments(containing: SuppressionDirective.marker) ?? []
        return results(of: unit)
    }

    /// Reads a setup YAML's documents one at a time, checks each into the unit, and calls `checked` after each.
    /// `readingAhead`: libyaml parses on a thread of its own, ahead of the linting (see `DocumentReadAhead`).
    func checkDocuments(of input: SourceFile, into unit: inout LintUnit, comments: inout CommentScanner?, readingAhead: Bool = false,
                        checked: (YAMLDocument, inout LintUnit) -> Void) {
        var documents = 0
        let read = readingAhead ? DocumentReadAhead.read : YAMLStreamReader.read
        do {
            let problem = try read(input, options.limits, comments != nil) { document in
                documents += 1
                comments?.exclude(scalarRanges: document.scalarRanges)
                var decoded = SetupDecoder.decode(document, profiles: options.profiles)
                unit.report(decoded.problems.map(Diagnostic.init))
                if var setup = decoded.setup.take() {
                    let held = linkMetadata(of: &setup, in: &unit)
                    let judged = check(setup, as: .setup, holding: held)
                    unit.report(judged.diagnostics)
                    unit.mask(judged.secrets)
                }
                checked(document, &unit)
            }
            if let problem {
                unit.report(Diagnostic(SetupDecoder.problem(for: problem)))
            } else if documents == 0 {
                unit.report(Diagnostic(SetupDecoder.emptyFileProblem()))
            }
        } catch {
            unit.report(Diagnostic(.yamlSyntax, message: "the file could not be read: \(error)", range: .fileStart))
        }
    }

    /// `quote`, when given, fetches the lines reports quote (masked) instead of reading the input from its start.
    func result(path: String, input: SourceFile, diagnostics: [Diagnostic], secrets: [SourceRange],
                comments: [SourceComment] = [], fixes: LazyFixResolver? = nil,
                quote: ((Set<Int>) -> [Int: String])? = nil) -> FileResult {
        let assembler = FindingAssembler(catalog: options.catalog, policy: options.severityPolicy, path: path, fixes: fixes)
        let (unsorted, suppressed) = assembler.assemble(diagnostics, comments: comments)
        let findings = unsorted.sorted(by: Finding.reportOrder)
        var lines: [Int: String] = [:]
        if options.quotesSourceLines, !findings.isEmpty {
            let quoted = Self.quotedLines(of: findings)
            lines = quote?(quoted) ?? SourceLines.collect(input, lines: quoted, masking: secrets)
        }
        var fileResult = FileResult(path: path, findings: findings, sourceLines: lines, suppressedFindings: suppressed)
        fileResult.secretRanges = secrets
        return fileResult
    }

    /// The lines reports may quote or count bytes on: where each finding and each edit of its fix starts and ends.
    static func quotedLines(of findings: [Finding]) -> Set<Int> {
        var lines = Set<Int>()
        for finding in findings {
            for range in [finding.range] + (finding.fix?.edits.map(\.range) ?? []) {
                lines.insert(range.start.line)
                lines.insert(range.end.line)
            }
        }
        return lines
    }

    private func lintInParallel(_ targets: [(path: String, display: String)]) -> [FileResult] {
        guard !targets.isEmpty else { return [] }
        var results = [FileResult?](repeating: nil, count: targets.count)
        let lock = ThreadLock()
        var next = 0
        let workers = targets.count == 1 ? 1 : min(options.jobs ?? ProcessInfo.processInfo.activeProcessorCount, targets.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < targets.count else { return }
                let result = lint(source(at: targets[index].path), path: targets[index].display, openPath: targets[index].path)
                lock.lock()
                results[index] = result
                lock.unlock()
            }
        }
        return results.compactMap { $0 }
    }

    /// Reads standard input up to `limit` bytes, so that an endless pipe costs bounded memory
    /// (the reader then reports `input-limit`).
    public static func readStandardInput(atMost limit: Int) -> [UInt8] {
        SystemIO.readAll(0, atMost: limit)
    }

    static func displayPath(_ path: String) -> String {
        var display = path
        while display.hasPrefix("./") { display.removeFirst(2) }
        return display
    }

}

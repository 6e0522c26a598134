import FoundationEssentials
import SourceText
import RuleFiles

/// What fixing did to one file.
public struct FileFixOutcome: Sendable {
    /// How reports name the file.
    public let path: String
    /// Where it is read and written; nil for standard input.
    public let openPath: String?
    public let original: [UInt8]
    /// The fixed text; the original when nothing was fixed or the fixes were refused.
    public let fixed: [UInt8]
    public let applied: [Fix]
    /// Why the fixes were not kept (the fixed text did not parse, or had a new error).
    public let refusal: String?
    /// Where the original text, and the fixed one, hold secret values.
    public let secretsBefore: [SourceRange]
    public let secretsAfter: [SourceRange]

    public var changed: Bool { fixed != original }
}

/// What a fixing run gave: each file it changed or refused to change, and the lint of the fixed texts.
public struct FixRun: Sendable {
    public let outcomes: [FileFixOutcome]
    public let run: LintRun
    /// How many findings left in `run` a fix would repair with `--unsafe-fixes`.
    public let unsafeFixable: Int

    public var fixedCount: Int { outcomes.reduce(0) { $0 + ($1.refusal == nil ? $1.applied.count : 0) } }
}

/// Applies fixes as ruff and ESLint do: each pass takes the fixes of the latest lint in order, skips one that
/// overlaps a fix already taken (it waits for the next pass), and lints again, until nothing changes or ten
/// passes have run. A file whose fixed text no longer parses, or holds an error the original did not, keeps its
/// original text. Nothing is written here: `FixWriter` writes.
public struct Fixer: Sendable {
    public let options: LintOptions
    /// Whether unsafe fixes are applied too (`--unsafe-fixes`).
    public let includeUnsafe: Bool
    public static let maxPasses = 10

    public init(options: LintOptions, includeUnsafe: Bool) {
        self.options = options
        self.includeUnsafe = includeUnsafe
    }

    /// Fixes the files the paths name (`-` is `standardInput`, named `standardInputName`).
    public func fix(paths: [String], standardInput: [UInt8]? = nil, standardInputName: String = "<stdin>") throws -> FixRun {
        let stdinKey = "\u{0}stdin"
        var texts: [String: [UInt8]] = [:]
        func lint() throws -> LintRun {
            var lintOptions = options
            lintOptions.overlay = texts.filter { $0.key != stdinKey }
            let linter = Linter(options: lintOptions)
            var files = try linter.run(paths: paths.filter { $0 != "-" }).files
            if let standardInput {
                var result = linter.lint(.bytes(texts[stdinKey] ?? standardInput), path: standardInputName)
                result.linkedResults = []
                files.append(result)
            }
            return LintRun(files: files)
        }
        func key(_ file: FileResult) -> String? { file.openPath ?? (file.path == standardInputName && standardInput != nil ? stdinKey : nil) }

        let before = try lint()
        var run = before
        var originals: [String: [UInt8]] = [:]
        var applied: [String: [Fix]] = [:]
        var displayPaths: [String: String] = [:]
        for _ in 0..<Self.maxPasses {
            var changed = false
            for file in run.files {
                guard let key = key(file) else { continue }
                let fixes = file.findings.compactMap(\.fix).filter { includeUnsafe || $0.applicability == .safe }
                guard !fixes.isEmpty, let text = texts[key] ?? (key == stdinKey ? standardInput : SourceFile.file(key).readAll()) else { continue }
                let taken = Self.nonOverlapping(fixes)
                guard !taken.isEmpty else { continue }
                originals[key] = originals[key] ?? text
                displayPaths[key] = file.path
                let fixed = taken.flatMap(\.edits).applied(to: text)
                guard fixed != text else { continue }
                texts[key] = fixed
                applied[key, default: []] += taken
                changed = true
            }
            guard changed else { break }
            run = try lint()
        }
        var refusals: [String: String] = [:]
        for key in texts.keys {
            guard let path = displayPaths[key], let reason = Self.refusal(before: before.file(path), after: run.file(path)) else { continue }
            refusals[key] = reason
        }
        if !refusals.isEmpty {
            for key in refusals.keys { texts[key] = nil }
            run = try lint()
        }
        let outcomes = originals.keys.sorted { (displayPaths[$0] ?? $0) < (displayPaths[$1] ?? $1) }.map { key in
            let path = displayPaths[key] ?? key
            return FileFixOutcome(path: path, openPath: key == stdinKey ? nil : key, original: originals[key] ?? [],
                                  fixed: texts[key] ?? originals[key] ?? [], applied: applied[key] ?? [], refusal: refusals[key],
                                  secretsBefore: before.file(path)?.secretRanges ?? [], secretsAfter: run.file(path)?.secretRanges ?? [])
        }
        let unsafeFixable = includeUnsafe ? 0 : run.findings.filter { $0.fix?.applicability == .unsafe }.count
        return FixRun(outcomes: outcomes, run: run, unsafeFixable: unsafeFixable)
    }

    /// The fixes to take in one pass: in the order of their first edit, leaving out any that repeats one taken or
    /// overlaps it, or whose own edits overlap (no text is the result of applying those).
    static func nonOverlapping(_ fixes: [Fix]) -> [Fix] {
        var taken: [Fix] = []
        var seen = Set<Fix>()
        var edits = TakenEdits()
        for fix in fixes.sorted(by: { ($0.edits.map(\.bytes.lowerBound).min() ?? 0) < ($1.edits.map(\.bytes.lowerBound).min() ?? 0) }) {
            guard !seen.contains(fix), !fix.edits.contains(where: edits.overlaps), !Self.overlapsItself(fix) else { continue }
            seen.insert(fix)
            taken.append(fix)
            for edit in fix.edits { edits.insert(edit) }
        }
        return taken
    }

    static func overlapsItself(_ fix: Fix) -> Bool {
        fix.edits.indices.contains { first in fix.edits[(first + 1)...].contains { fix.edits[first].overlaps($0) } }
    }

    /// The edits of the fixes taken, by where they start, so that telling whether an edit overlaps one of them looks
    /// at its neighbours only: a file with thousands of fixes (a key repeated thousands of times) compared every pair.
    struct TakenEdits {
        private var edits: [TextEdit] = []

        /// Where the first edit that starts at or after `start` is.
        private func place(of start: Int) -> Int { edits.partitionPoint { $0.bytes.lowerBound >= start } }

        /// Whether `edit` overlaps an edit taken. Taken edits overlap none of each other, so only the last one that starts
        /// before `edit` can reach into it, and if the first one that starts at or after it does not overlap it (it starts
        /// past `edit`), no later one does.
        func overlaps(_ edit: TextEdit) -> Bool {
            let index = place(of: edit.bytes.lowerBound)
            return index > 0 && edits[index - 1].overlaps(edit) || index < edits.count && edits[index].overlaps(edit)
        }

        mutating func insert(_ edit: TextEdit) {
            if let last = edits.last, last.bytes.lowerBound <= edit.bytes.lowerBound {
                edits.append(edit)
            } else {
                edits.insert(edit, at: place(of: edit.bytes.lowerBound))
            }
        }
    }

    /// Why a fixed file must keep its original text: it no longer parses, or it holds more errors of a rule than
    /// before. Errors are counted by rule, not by place: a fix that adds a list item moves the items after it.
    static func refusal(before: FileResult?, after: FileResult?) -> String? {
        let parseErrors: Set<String> = [RuleID.yamlSyntax.rawValue, RuleID.xmlSyntax.rawValue]
        func errors(_ file: FileResult?) -> [String: Int] {
            Dictionary((file?.findings ?? []).filter { $0.severity == .error }.map { ($0.ruleId, 1) }, uniquingKeysWith: +)
        }
        let errorsBefore = errors(before), errorsAfter = errors(after)
        let messagesBefore = Set((before?.findings ?? []).map { "\($0.ruleId) \($0.message)" })
        // Name a new error of the rule when one can be told apart by its message, else the rule's first.
        let candidates = (after?.findings ?? []).filter { !messagesBefore.contains("\($0.ruleId) \($0.message)") } + (after?.findings ?? [])
        for finding in candidates where finding.severity == .error {
            guard errorsAfter[finding.ruleId, default: 0] > errorsBefore[finding.ruleId, default: 0] else { continue }
            let what = parseErrors.contains(finding.ruleId) ? "the fixed text would not parse" : "the fixes would add an error"
            return "\(what) (\(finding.ruleId) at \(finding.range.start.line):\(finding.range.start.column): \(finding.message)), so the file was left as it was"
        }
        return nil
    }
}

extension LintRun {
    /// The result of the file reports name `path`.
    public func file(_ path: String) -> FileResult? { files.first { $0.path == path } }
}

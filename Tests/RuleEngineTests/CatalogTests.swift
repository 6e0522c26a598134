import Foundation
import LintKit
import Testing
import TestSupport
import RuleFiles

@Suite struct CatalogTests {
    /// Every rule of SPEC §3.1 and §3.2: the ids in the first column of its tables.
    static let specRuleIds: [String] = {
        let spec = (try? Fixtures.read("../shared/SPEC.md")) ?? ""
        let rules = spec.components(separatedBy: "\n## 3. Rules").dropFirst().first?.components(separatedBy: "\n## 4.").first ?? ""
        return rules.matches(of: #/\n\| `([a-z0-9-]+)` \|/#).map { String($0.1) }
    }()

    static let rulesFolder = Fixtures.url("Rules")

    /// What the build reads: every file of Rules/, by the name the catalogue gives it.
    static func ruleFiles() throws -> [BuiltInFileReader.File] {
        try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { try #require(BuiltInFileReader.File(path: rulesFolder.appendingPathComponent($0).path, folder: "Rules")) }
    }

    /// The build reads Rules/ with this reader and stops at the first problem; a broken file is refused at its line.
    @Test func theBuildsReadingRefusesABrokenRuleFile() throws {
        var files = try Self.ruleFiles()
        let index = try #require(files.firstIndex { $0.name == "Rules/api-name.yaml" })
        let text = String(decoding: files[index].bytes, as: UTF8.self)
        files[index] = BuiltInFileReader.File(name: files[index].name, bytes: Array(text.replacingOccurrences(of: "\nseverity: ", with: "\nseverity: fatal #").utf8))
        let read = BuiltInFileReader.rules(files)
        #expect(read.problems.map(\.description) == ["Rules/api-name.yaml:2:11: `severity` must be `error`, `warning` or `info`"])
        #expect(read.rules.count == files.count - 1)
    }

    @Test func everySpecRuleIsInTheCatalogue() {
        #expect(Self.specRuleIds.count >= 31, "SPEC.md §3 lists no rules")
        let missing = Self.specRuleIds.filter { RuleCatalog.builtIn.rule($0) == nil }
        #expect(missing == [], "no rule file in Rules/ for \(missing)")
    }

    /// The catalogue compiled in is the one on disk, file by file: the build generates it from Rules/ as it is.
    @Test func theCompiledCatalogueMatchesRulesFolder() throws {
        let read = BuiltInFileReader.rules(try Self.ruleFiles())
        #expect(read.problems.map(\.description) == [])
        #expect(RuleCatalog.builtIn.ids == read.rules.map(\.id).sorted())
        for onDisk in read.rules {
            let compiled = try #require(RuleCatalog.builtIn.rule(onDisk.id))
            #expect(compiled.title == onDisk.title && compiled.severity == onDisk.severity && compiled.fix == onDisk.fix
                    && compiled.rationale == onDisk.rationale && compiled.guide == onDisk.guide && compiled.needs == onDisk.needs
                    && compiled.appliesTo == onDisk.appliesTo && compiled.tags == onDisk.tags && compiled.autofix == onDisk.autofix
                    && compiled.file == onDisk.file, "\(onDisk.file) differs from the catalogue compiled in")
            #expect(Self.checkSummary(compiled.check) == Self.checkSummary(onDisk.check), "\(onDisk.file): the compiled check differs")
            #expect(compiled.failingExamples == onDisk.failingExamples && compiled.passingExamples == onDisk.passingExamples,
                    "\(onDisk.file): the examples differ")
        }
    }

    /// A check as the rule file declares it: its kind, and each generic check's path, name, parameter and message.
    static func checkSummary(_ check: RuleCheckKind) -> [String] {
        switch check {
        case .reader: return ["reader"]
        case .swift: return ["swift"]
        case .generic(let uses):
            return uses.map { "\($0.given) \(type(of: $0.check).name) \($0.check.parameter) \($0.message ?? "-")" }
        }
    }

    /// A build that reads a broken rule file stops with the reader's error, as `path:line:col: error: message`.
    @Test func theGeneratorStopsTheBuildAtABrokenRuleFile() throws {
        // The build folder holds the tests and the generator, whichever connectlint binary the tests run.
        let built = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let generator = try #require(["RuleCatalogGenerator-tool", "RuleCatalogGenerator"].map { built.appendingPathComponent($0) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }, "no RuleCatalogGenerator in \(built.path)")
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rule = folder.appendingPathComponent("api-name.yaml")
        let text = try String(contentsOf: Self.rulesFolder.appendingPathComponent("api-name.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "\nseverity: ", with: "\nseverity: fatal #").write(to: rule, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = generator
        process.arguments = [folder.appendingPathComponent("out.swift").path, rule.path, "--checks"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr == "\(rule.path):2:11: error: `severity` must be `error`, `warning` or `info`\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.swift").path))
    }

    /// The build generates `RuleID` and the Swift check registry from `Rules/`, and stops when a rule and its
    /// check do not pair up; this holds the compiled catalogue to the same ids.
    @Test func everyBuiltInRuleHasItsIdAndEverySwiftRuleItsCheck() {
        let catalog = RuleCatalog.builtIn
        #expect(RuleID.allCases.map(\.rawValue).sorted() == catalog.ids)
        let checked = Set(RuleEngine.documentRules(for: catalog).map(\.rule.id))
        for rule in catalog.rules {
            if case .swift = rule.check { #expect(checked.contains(rule.id), "\(rule.file) has no check that runs") }
        }
    }

    @Test func everyRuleExplainsItself() {
        for rule in RuleCatalog.builtIn.rules {
            #expect(!rule.rationale.isEmpty && !rule.guide.isEmpty && !rule.fix.summary.isEmpty, "\(rule.file)")
            #expect(!rule.failingExamples.isEmpty && !rule.passingExamples.isEmpty, "\(rule.file)")
        }
    }
}

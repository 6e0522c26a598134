import Foundation
import RuleFiles

// Usage: RuleCatalogGenerator OUTPUT.swift RULE.yaml... --checks CHECK.swift... [--profiles PROFILE.yaml...]
// Reads every rule and profile file with RuleFiles' strict readers, the ones custom rules and profiles
// are read with, and writes Swift source constructing the values they give (see generatedSource), the
// typed `RuleID`, and `GuideCheckRegistry`, which maps each rule whose check is `swift` to its check type.
// A file the readers refuse, or a rule and its Swift check that do not pair up, stops the build at its line.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: RuleCatalogGenerator OUTPUT.swift RULE.yaml... --checks CHECK.swift... [--profiles PROFILE.yaml...]\n".utf8))
    exit(2)
}
let profilesSeparator = arguments.firstIndex(of: "--profiles") ?? arguments.endIndex
let separator = arguments[..<profilesSeparator].firstIndex(of: "--checks") ?? profilesSeparator
let rulePaths = Array(arguments[1..<separator])
let checkPaths = separator < profilesSeparator ? Array(arguments[(separator + 1)..<profilesSeparator]) : []
let profilePaths = profilesSeparator < arguments.endIndex ? Array(arguments[(profilesSeparator + 1)...]) : []
var failed = false

func fail(_ path: String, line: Int = 1, column: Int = 1, _ message: String) {
    FileHandle.standardError.write(Data("\(path):\(line):\(column): error: \(message)\n".utf8))
    failed = true
}

/// The files at `paths`, named `folder/NAME` as the readers and reports know them; each one that cannot be read is an error.
func files(_ paths: [String], folder: String) -> (files: [BuiltInFileReader.File], paths: [String: String]) {
    var files: [BuiltInFileReader.File] = []
    var pathsByName: [String: String] = [:]
    for path in paths {
        guard let file = BuiltInFileReader.File(path: path, folder: folder) else {
            fail(path, "cannot read the file")
            continue
        }
        files.append(file)
        pathsByName[file.name] = path
    }
    return (files, pathsByName)
}

func report(_ problems: [RuleFileError], paths: [String: String]) {
    for problem in problems {
        fail(paths[problem.file] ?? problem.file, line: problem.position.line, column: problem.position.column, problem.message)
    }
}

let ruleFiles = files(rulePaths, folder: "Rules")
let readRules = BuiltInFileReader.rules(ruleFiles.files)
report(readRules.problems, paths: ruleFiles.paths)
let rules = readRules.rules.sorted { $0.id < $1.id }.map { rule in
    ReadRule(rule: rule, text: String(decoding: ruleFiles.files.first { $0.name == rule.file }!.bytes, as: UTF8.self))
}

// Every Swift check has its rule file, and every rule whose check is `swift` has its check file.
var checkFiles: [String: String] = [:]
for path in checkPaths { checkFiles[URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent] = path }
let checksFolder = checkPaths.first.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "Sources/LintKit/GuideChecks"
for read in rules where read.rule.isSwift && checkFiles[checkTypeName(read.rule.id)] == nil {
    let checkLine = read.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("check:") }.map { $0 + 1 } ?? 1
    fail(ruleFiles.paths[read.rule.file] ?? read.rule.file, line: checkLine,
         "the rule's check is `swift`, but there is no \(checksFolder)/\(checkTypeName(read.rule.id)).swift; "
             + "add it, holding `struct \(checkTypeName(read.rule.id)): GuideCheck`, or declare a generic check here")
}
let swiftRuleTypes = Set(rules.filter(\.rule.isSwift).map { checkTypeName($0.rule.id) })
// A check whose rule file was refused above is not reported again as a check without a rule.
let unreadRules = Set(readRules.problems.map(\.file))
for (typeName, path) in checkFiles.sorted(by: { $0.key < $1.key })
where !swiftRuleTypes.contains(typeName) && !unreadRules.contains("Rules/\(ruleId(ofCheckType: typeName)).yaml") {
    let id = rules.first { checkTypeName($0.rule.id) == typeName }?.rule.id
    fail(path, id.map { "Rules/\($0).yaml does not say `check: swift`, so nothing runs \(typeName); say it there, or remove this file" }
         ?? "no rule file declares this check; add Rules/\(ruleId(ofCheckType: typeName)).yaml (see Rules/README.md) with `check: swift`")
}

let profileFiles = files(profilePaths, folder: "Profiles")
let readProfiles = BuiltInFileReader.profiles(profileFiles.files)
report(readProfiles.problems, paths: profileFiles.paths)
let profiles = readProfiles.profiles.all.map { profile in
    (stem: URL(fileURLWithPath: profile.file).deletingPathExtension().lastPathComponent, profile: profile)
}
if failed { exit(1) }

do {
    try Data(generatedSource(rules: rules, profiles: profiles).utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error)\n".utf8))
    exit(1)
}

import Foundation

// Usage: RuleCatalogGenerator OUTPUT.swift RULE.yaml... --checks CHECK.swift... [--profiles PROFILE.yaml...]
// Writes Swift source holding each rule file's name and exact text, the typed `RuleID` of every
// rule, `GuideCheckRegistry`, which maps each rule whose check is `swift` to its check type, and each
// connector profile's name and exact text (read by LintKit's ProfileFileLoader).
// The files' full, strict reading is LintKit's (through the same YAML layer as setups); this reads
// only the top-level `id:` and `check:` lines, which is all the registry needs.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: RuleCatalogGenerator OUTPUT.swift RULE.yaml... --checks CHECK.swift...\n".utf8))
    exit(2)
}
let profilesSeparator = arguments.firstIndex(of: "--profiles") ?? arguments.endIndex
let separator = arguments[..<profilesSeparator].firstIndex(of: "--checks") ?? profilesSeparator
let rulePaths = arguments[1..<separator]
let checkPaths = separator < profilesSeparator ? arguments[(separator + 1)..<profilesSeparator] : []
let profilePaths = profilesSeparator < arguments.endIndex ? arguments[(profilesSeparator + 1)...] : []
var failed = false

func fail(_ path: String, line: Int = 1, _ message: String) {
    FileHandle.standardError.write(Data("\(path):\(line):1: error: \(message)\n".utf8))
    failed = true
}

/// A Swift string literal for any text: quotes, backslashes and control characters escaped.
func swiftLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        case "\t": literal += "\\t"
        case "\r": literal += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar == "\u{FEFF}" {
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
    }
    return literal + "\""
}

/// `callback-url` -> ["callback", "url"].
func words(_ id: String) -> [String] { id.split(separator: "-").map(String.init) }

/// The Swift check type of a rule: `callback-url` -> `CallbackUrlRule`.
func checkTypeName(_ id: String) -> String { words(id).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Rule" }

/// The rule id a check type is named after: `CallbackUrlRule` -> `callback-url`.
func ruleId(ofCheckType typeName: String) -> String {
    var id = ""
    for character in typeName.dropLast("Rule".count) {
        if character.isUppercase, !id.isEmpty { id += "-" }
        id += character.lowercased()
    }
    return id
}

/// The `RuleID` case of a rule: `callback-url` -> `callbackUrl`.
func caseName(_ id: String) -> String {
    let parts = words(id)
    return ([parts[0]] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }).joined()
}

/// The value of a top-level `key:` line, unquoted, and its line number.
func topLevelValue(_ key: String, in lines: [Substring]) -> (value: String, line: Int)? {
    for (index, line) in lines.enumerated() where line.hasPrefix(key + ":") {
        let value = line.dropFirst(key.count + 1).trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\"'"))
        return (value, index + 1)
    }
    return nil
}

struct RuleFile {
    let id: String
    let name: String
    let text: String
    let path: String
    let checkLine: Int
    let isSwift: Bool
}

var rules: [RuleFile] = []
for path in rulePaths {
    guard let data = FileManager.default.contents(atPath: path) else {
        fail(path, "cannot read the rule file")
        continue
    }
    guard let text = String(data: data, encoding: .utf8) else {
        fail(path, "a rule file must be UTF-8 text")
        continue
    }
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let id = topLevelValue("id", in: lines), id.value == stem else {
        fail(path, "the rule file has no top-level `id: \(stem)`; a rule file is named after its id")
        continue
    }
    guard stem.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), stem.first?.isLetter == true else {
        fail(path, line: id.line, "a rule id is kebab-case: lowercase letters, digits and `-`, starting with a letter")
        continue
    }
    let check = topLevelValue("check", in: lines)
    rules.append(RuleFile(id: stem, name: "Rules/" + URL(fileURLWithPath: path).lastPathComponent, text: text, path: path,
                          checkLine: check?.line ?? 1, isSwift: check?.value == "swift"))
}

// Every Swift check has its rule file, and every rule whose check is `swift` has its check file.
var checkFiles: [String: String] = [:]
for path in checkPaths { checkFiles[URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent] = path }
let checksFolder = checkPaths.first.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "Sources/LintKit/GuideChecks"
for rule in rules where rule.isSwift && checkFiles[checkTypeName(rule.id)] == nil {
    fail(rule.path, line: rule.checkLine,
         "the rule's check is `swift`, but there is no \(checksFolder)/\(checkTypeName(rule.id)).swift; "
             + "add it, holding `struct \(checkTypeName(rule.id)): GuideCheck`, or declare a generic check here")
}
let swiftRuleTypes = Set(rules.filter(\.isSwift).map { checkTypeName($0.id) })
for (typeName, path) in checkFiles.sorted(by: { $0.key < $1.key }) where !swiftRuleTypes.contains(typeName) {
    let id = rules.first { checkTypeName($0.id) == typeName }?.id
    fail(path, id.map { "Rules/\($0).yaml does not say `check: swift`, so nothing runs \(typeName); say it there, or remove this file" }
         ?? "no rule file declares this check; add Rules/\(ruleId(ofCheckType: typeName)).yaml (see Rules/README.md) with `check: swift`")
}
if failed { exit(1) }

var source = """
// Generated by RuleCatalogGenerator from Rules/*.yaml at build time. Do not edit.

/// Every built-in rule, as its `Rules/` file names it.
public enum RuleID: String, CaseIterable, Sendable, Comparable {

"""
for rule in rules { source += "    case \(caseName(rule.id)) = \(swiftLiteral(rule.id))\n" }
source += """

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The Swift check of every rule whose `check` is `swift`.
enum GuideCheckRegistry {
    static func check(for rule: RuleID) -> (any GuideCheck)? {
        switch rule {

"""
for rule in rules where rule.isSwift { source += "        case .\(caseName(rule.id)): return \(checkTypeName(rule.id))()\n" }
if rules.contains(where: { !$0.isSwift }) { source += "        default: return nil\n" }
source += """
        }
    }
}

enum EmbeddedRuleFiles {
    static let files: [(name: String, text: String)] = [

"""
for rule in rules { source += "        (name: \(swiftLiteral(rule.name)), text: \(swiftLiteral(rule.text))),\n" }
source += "    ]\n}\n"

source += """

enum EmbeddedProfileFiles {
    static let files: [(name: String, text: String)] = [

"""
for path in profilePaths {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail(path, "cannot read the profile file as UTF-8 text")
        continue
    }
    source += "        (name: \(swiftLiteral("Profiles/" + URL(fileURLWithPath: path).lastPathComponent)), text: \(swiftLiteral(text))),\n"
}
source += "    ]\n}\n"
if failed { exit(1) }

do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error)\n".utf8))
    exit(1)
}

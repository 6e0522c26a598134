import FoundationEssentials
import SetupModel
import SourceText

/// A check a rule file can name (SPEC §6): it declares its parameter, rejects a bad one with a
/// message saying what to write, and reports where a matched value breaks it. Checks assert:
/// `pattern: X` reports values that do not match X, `equals: true` reports values other than true.
public protocol GenericCheck: Sendable {
    static var name: String { get }
    /// What the parameter must be, e.g. "a regular expression".
    static var parameterSummary: String { get }
    init(parameter: RuleValue) throws(RuleParameterError)
    /// The parameter the check was made with, for the code the build generates from a rule file.
    var parameter: RuleValue { get }
    func violations(at match: KeyPathQuery.Match) -> [CheckViolation]
}

/// Every generic check by the name rule files use.
public enum GenericChecks {
    public static let all: [any GenericCheck.Type] = [
        PresentCheck.self, AbsentCheck.self, EqualsCheck.self, OneOfCheck.self, PatternCheck.self, NotPatternCheck.self,
        IncludesCheck.self, ExcludesCheck.self, MaxLengthCheck.self, MaxItemsCheck.self,
    ]

    public static var names: [String] { all.map { $0.name } }

    public static func named(_ name: String) -> (any GenericCheck.Type)? { all.first { $0.name == name } }

    /// The `{…}` placeholders a message may use.
    public static let placeholders = ["value", "key", "keyPath", "count", "expected", "detail"]
}

/// Where a value breaks a check, with the words a message template can use.
public struct CheckViolation: Sendable {
    public let range: SourceRange
    public let keyPath: String
    /// The check's own words for the problem, the `{detail}` of a message.
    public let defaultMessage: String
    public let placeholders: [String: String]
    /// The file of the unit the value (or the mapping lacking it) came from.
    public let file: Int
    /// The value to set a node to that would satisfy the check, when there is one.
    package var repair: (node: SetupNode, value: SetupValue)?

    init(node: SetupNode, atKey: Bool = false, _ defaultMessage: String, count: Int? = nil, expected: String? = nil) {
        self.file = node.origin.file
        self.range = atKey ? node.keyRange : node.range
        self.keyPath = node.keyPath
        self.defaultMessage = defaultMessage
        var words = ["value": node.shownValue, "keyPath": node.keyPath, "key": node.keyName]
        if let count { words["count"] = String(count) }
        if let expected { words["expected"] = expected }
        self.placeholders = words
    }

    init(missing keyPath: String, key: String, holder: SetupNode, _ defaultMessage: String) {
        self.file = holder.origin.file
        self.range = holder.keyRange
        self.keyPath = keyPath
        self.defaultMessage = defaultMessage
        self.placeholders = ["value": "", "keyPath": keyPath, "key": key]
    }

    /// `template` with each `{name}` replaced.
    package func message(_ template: String) -> String {
        var text = template
        for (name, value) in placeholders.merging(["detail": defaultMessage], uniquingKeysWith: { a, _ in a }) { text = text.replacing("{\(name)}", with: value) }
        return text
    }
}

/// A rule file's value, as a check parameter: plain `true`/`false`, integers and null are typed;
/// anything else is a string.
public indirect enum RuleValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case null
    case list([RuleValue])
    case mapping

    /// The value as a fix writes it.
    var setupValue: SetupValue? {
        switch self {
        case .string(let text): return .text(text)
        case .boolean(let flag): return .boolean(flag)
        default: return nil
        }
    }

    public var isScalar: Bool {
        switch self {
        case .string, .integer, .boolean: return true
        default: return false
        }
    }

    /// Whether a setup value is this one (strings exactly, numbers and booleans by value).
    func matches(_ node: SetupNode) -> Bool {
        switch (self, node.value) {
        case (.string(let a), .string(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .string(let text): return "`\(text)`"
        case .integer(let number): return "`\(number)`"
        case .boolean(let flag): return "`\(flag)`"
        case .null: return "null"
        case .list(let items): return items.map(\.description).joined(separator: ", ")
        case .mapping: return "a mapping"
        }
    }
}

extension SetupNode {
    /// The value as a message may show it; credentials are never shown.
    var shownValue: String {
        if keyPath.hasPrefix("cyclr.clientSecret") || keyPath.hasPrefix("cyclr.clientId") { return "(value hidden)" }
        switch value {
        case .null: return "null"
        case .string(let text): return text.count > 80 ? String(text.prefix(77)) + "..." : text
        case .integer(let number): return String(number)
        case .boolean(let flag): return String(flag)
        case .list(let items): return "a list of \(items.count)"
        case .mapping: return "a mapping"
        }
    }

    /// The last key of the key path (`callbackUrls` for `…oauth.callbackUrls[0]`).
    var keyName: String {
        let last = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
        return String(last.prefix { $0 != "[" })
    }

    /// The node and its items, for checks that read a value as a list.
    var asItems: SetupNodes { items ?? (isBlank ? [] : [self]) }
}

extension KeyPathQuery.Match {
    var node: SetupNode? {
        if case .found(let node) = self { return node }
        return nil
    }
}

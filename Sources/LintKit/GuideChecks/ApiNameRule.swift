import SetupModel
import RuleFiles

/// `api-name`: Salesforce API names hold letters, digits and underscores, start with a letter, and have no
/// trailing or doubled underscore. Checked for an explicit `apiName` and for the one Salesforce derives from `name`.
struct ApiNameRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let app = setup.connectedApp else { return [] }
        lazy var place = FixLocation.connectedApp(setup) + " › API Name"
        if let node = app["apiName"], !node.isBlank {
            guard let text = node.literal, let problem = Self.problem(in: text) else { return [] }
            let repaired = Self.repaired(text)
            let suggestion = repaired.map { ", e.g. `\($0)`" } ?? ""
            return [finding("the API Name \(quoted(text)) \(problem), which Salesforce does not allow",
                            at: node, help: "Use only letters, digits and single underscores, starting with a letter\(suggestion), in \(node.name(of: "apiName")) and in \(place).",
                            severity: .error)
                .fixed(by: repaired.map { FixPlan("Write `apiName: \($0)`", .unsafe, [.set(node, .text($0))]) })]
        }
        guard let name = app["name"], let text = name.literal else { return [] }
        let derived = Self.derived(from: text)
        guard let problem = Self.problem(in: derived) else { return [] }
        let repaired = Self.repaired(derived)
        let suggestion = repaired.map { "`apiName: \($0)`" } ?? "an \(app.name(of: "apiName"))"
        return [finding("with no \(app.name(of: "apiName")), Salesforce derives the API Name \(quoted(derived)) from \(name.name(of: "name")), and it \(problem)",
                        at: name, help: "Add \(suggestion) and enter the same API Name in \(place).",
                        severity: .warning)
            .fixed(by: repaired.map { FixPlan("Add `apiName: \($0)`", .unsafe, [.addKey("apiName", .text($0), to: app)]) })]
    }

    /// Salesforce's default: the name with spaces turned into underscores.
    static func derived(from name: String) -> String {
        name.replacing(" ", with: "_")
    }

    /// What breaks Salesforce's API name rules, as a phrase, or nil.
    static func problem(in name: String) -> String? {
        if name.utf8.withContiguousStorageIfAvailable(isPlainAPIName) ?? isPlainAPIName(name.utf8) { return nil }
        if let bad = name.unicodeScalars.first(where: { !($0.isASCIILetter || $0.isASCIIDigit || $0 == "_") }) {
            return bad == " " ? "contains a space" : "contains \(quoted(bad))"
        }
        guard let first = name.unicodeScalars.first, first.isASCIILetter else { return "does not start with a letter" }
        if name.hasSuffix("_") { return "ends with an underscore" }
        if name.hasDoubled("_") { return "has two underscores in a row" }
        return nil
    }

    /// The common case in one pass over the bytes (the checks above walk scalars and characters, several times):
    /// ASCII letters, digits and single underscores, starting with a letter and not ending with an underscore.
    /// Whatever passes this would pass every check above.
    private static func isPlainAPIName(_ bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: "_"):
                guard previous != UInt8(ascii: "_") else { return false }
            default:
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "_")
    }

    /// A valid API name close to `name`, when one can be made from its letters and digits.
    static func repaired(_ name: String) -> String? {
        let words = name.unicodeScalars.split { !($0.isASCIILetter || $0.isASCIIDigit) }
            .map { String(String.UnicodeScalarView($0)) }
        var result = words.joined(separator: "_")
        while let first = result.unicodeScalars.first, !first.isASCIILetter { result.removeFirst() }
        return result.isEmpty || problem(in: result) != nil ? nil : result
    }
}

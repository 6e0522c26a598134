import SetupModel
import RuleFiles
import SourceText

/// `contact-email`: Salesforce requires a Contact Email on every Connected App.
struct ContactEmailRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let node = setup.connectedApp?["contactEmail"] else { return [] }
        lazy var key = node.name(of: "contactEmail")
        lazy var help = "Enter the address that should hear about this Connected App in \(key) and in \(FixLocation.connectedApp(setup)) › Contact Email."
        if node.isBlank {
            return [finding("\(key) is empty, but Salesforce requires a Contact Email", blank: node, help: help)]
        }
        guard let text = node.literal, let problem = Self.problem(in: text) else { return [] }
        return [finding("\(key) \(quoted(text)) is not an email address: it \(problem)", at: node, help: help)]
    }

    /// What keeps `text` from being an email address (`local@domain.tld`), as a phrase, or nil.
    static func problem(in text: String) -> String? {
        if text.utf8.withContiguousStorageIfAvailable(isPlainEmail) ?? isPlainEmail(text.utf8) { return nil }
        if text.contains(where: \.isWhitespace) { return "contains white space" }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "has no `@`" : "has more than one `@`" }
        if parts[0].isEmpty { return "has nothing before the `@`" }
        let domain = String(parts[1])
        if domain.isEmpty { return "has nothing after the `@`" }
        if !domain.contains(Character(".")) { return "has no dot in its domain \(quoted(domain))" }
        if domain.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            return "has an empty part in its domain \(quoted(domain))"
        }
        if domain.contains(where: { "<>()[]\\,;:\"".contains($0) }) { return "has a character a domain cannot hold" }
        return nil
    }

    /// The common case in one pass over the bytes (the checks above walk characters, several times): printable
    /// ASCII without space, one `@` with text before it, and a domain of two or more non-empty dot-separated
    /// labels free of `<>()[]\,;:"`. Whatever passes this would pass every check above.
    private static func isPlainEmail(_ bytes: some Collection<UInt8>) -> Bool {
        var ats = 0, localLength = 0, dots = 0, labelLength = 0
        for byte in bytes {
            guard byte.isVisibleASCII else { return false }
            if byte == UInt8(ascii: "@") {
                ats += 1
                guard ats == 1, localLength > 0 else { return false }
            } else if ats == 0 {
                localLength += 1
            } else if byte == UInt8(ascii: ".") {
                guard labelLength > 0 else { return false }
                dots += 1
                labelLength = 0
            } else if Self.isForbiddenInDomain(byte) {
                return false
            } else {
                labelLength += 1
            }
        }
        return ats == 1 && dots > 0 && labelLength > 0
    }

    /// `<>()[]\,;:"`, as a switch: this runs on every byte of every address.
    private static func isForbiddenInDomain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "\\"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }
}

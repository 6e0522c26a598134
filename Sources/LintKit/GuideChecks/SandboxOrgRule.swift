import SetupModel
import RuleFiles

/// `sandbox-org`: refreshing a sandbox destroys its Connected Apps (the guide's note), and scratch orgs expire.
struct SandboxOrgRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard let org = setup.org else { return [] }
        if let type = org["type"], let kind = type.string, kind == "sandbox" || kind == "scratch" {
            return [finding("the Connected App lives in a \(kind) org, which \(Self.fate(kind))", at: type, help: Self.help)]
        }
        for key in Self.hostKeys {
            guard let node = org[key], let text = node.literal, let kind = Self.orgKind(ofURL: text)
            else { continue }
            return [finding("`\(key)` shows a \(kind) org, which \(Self.fate(kind))", at: node, help: Self.help)]
        }
        return []
    }

    private static let help = "Create the Connected App in a production or Developer Edition org, so its Consumer Key and Secret outlive sandbox refreshes."
    private static let hostKeys = ["loginUrl", "myDomain"]

    static func fate(_ kind: String) -> String {
        kind == "scratch" ? "expires and takes its Connected Apps with it" : "loses its Connected Apps when it is refreshed"
    }

    /// `orgKind(ofHost:)` of a login or My Domain URL's host, read on the URL's bytes when they hold it as it stands.
    static func orgKind(ofURL text: String) -> String? {
        if text.isAllASCII, !mayNameSandboxOrScratch(text) { return nil }
        return URLParts.withPlainHost(of: text, orgKind(ofVisibleASCIIHost:)) ?? orgKind(ofHost: URLParts.normalizedHost(of: text.trimmingWhitespace))
    }

    /// False when ASCII `text` holds nothing `orgKind(ofHost:)` looks for in its host, in any letter case: `scratch`,
    /// `sandbox`, `test`, `--`, or `cs` and a digit. One pass over the bytes: most login and My Domain URLs are not a
    /// sandbox's, and taking them apart costs many times more. (Lower-casing other text may make ASCII letters of it.)
    static func mayNameSandboxOrScratch(_ text: String) -> Bool {
        // A text without contiguous bytes (bridged) is not looked at here: it may be one.
        text.utf8.withContiguousStorageIfAvailable { bytes in
            func lower(_ offset: Int) -> UInt8 { bytes[offset] | (bytes[offset] >= 0x41 && bytes[offset] <= 0x5A ? 0x20 : 0) }
            func holds(_ word: StaticString, at offset: Int) -> Bool {
                let count = word.utf8CodeUnitCount
                guard offset + count <= bytes.count else { return false }
                for place in 0..<count where lower(offset + place) != word.utf8Start[place] { return false }
                return true
            }
            for offset in bytes.indices {
                switch lower(offset) {
                case UInt8(ascii: "-"):
                    if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "-") { return true }
                case UInt8(ascii: "c"):
                    if offset + 2 < bytes.count, lower(offset + 1) == UInt8(ascii: "s"),
                       (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset + 2]) { return true }
                case UInt8(ascii: "s"):
                    if holds("scratch", at: offset) || holds("sandbox", at: offset) { return true }
                case UInt8(ascii: "t"):
                    if holds("test", at: offset) { return true }
                default:
                    break
                }
            }
            return false
        } ?? true
    }

    /// "sandbox" or "scratch" when a login or My Domain host belongs to such an org
    /// (reference/salesforce-facts.md, "Telling the org apart").
    static func orgKind(ofHost host: String) -> String? {
        // Almost every host is visible ASCII: judged by its bytes, it gets the same answer many times faster.
        if host.isAllVisibleASCII, let kind = host.utf8.withContiguousStorageIfAvailable({ orgKind(ofVisibleASCIIHost: $0[...]) }) { return kind }
        let host = host.endsWith(".") ? String(host.dropLast()) : host
        if host.endsWith(".scratch.my.salesforce.com") { return "scratch" }
        if host == "test.salesforce.com" || host.endsWith(".sandbox.my.salesforce.com") { return "sandbox" }
        let isSalesforce = host.endsWith(".salesforce.com")
        guard isSalesforce || host.endsWith(".force.com") else { return nil }
        let labels = HostName.labels(of: host)
        if let first = labels.first, first.hasDoubled("-") { return "sandbox" }
        // Legacy instance hosts: `cs42.salesforce.com`, `acme--uat.cs42.my.salesforce.com`.
        if isSalesforce, labels.dropLast(2).contains(where: isSandboxInstance) { return "sandbox" }
        return nil
    }

    private static func orgKind(ofVisibleASCIIHost bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let host = bytes.last == UInt8(ascii: ".") ? bytes.dropLast() : bytes
        func ends(with suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount, start = host.endIndex - count
            guard host.count >= count else { return false }
            for offset in 0..<count where host[start + offset] != suffix.utf8Start[offset] { return false }
            return true
        }
        if ends(with: ".scratch.my.salesforce.com") { return "scratch" }
        if host.elementsEqual("test.salesforce.com".utf8) || ends(with: ".sandbox.my.salesforce.com") { return "sandbox" }
        let isSalesforce = ends(with: ".salesforce.com")
        guard isSalesforce || ends(with: ".force.com") else { return nil }
        // The labels as `split` gives them (no empty ones), walked twice rather than gathered into an array.
        func forEachLabel(_ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
            var start = host.startIndex
            for index in host.startIndex..<host.endIndex where host[index] == UInt8(ascii: ".") {
                if index > start { body(host[start..<index]) }
                start = index + 1
            }
            if host.endIndex > start { body(host[start...]) }
        }
        var count = 0
        forEachLabel { _ in count += 1 }
        var position = 0, isSandbox = false
        forEachLabel { label in
            if position == 0, zip(label, label.dropFirst()).contains(where: { $0 == UInt8(ascii: "-") && $1 == UInt8(ascii: "-") }) { isSandbox = true }
            // Legacy instance hosts: `cs42.salesforce.com`, `acme--uat.cs42.my.salesforce.com`.
            if isSalesforce, position < count - 2, label.count > 2, label.starts(with: "cs".utf8),
               label.dropFirst(2).allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { isSandbox = true }
            position += 1
        }
        return isSandbox ? "sandbox" : nil
    }

    private static func isSandboxInstance(_ label: Substring) -> Bool {
        label.count > 2 && label.hasPrefix("cs") && label.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber }
    }
}

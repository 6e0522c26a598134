import Foundation
import Testing
import LintKit
import YAMLSource
@testable import SetupModel
import SourceText
import TestSupport

/// A plain document read in one pass (`decodePlainMapping`) gives exactly what the full reading gives: the same records,
/// findings, masked values and profile, for every sample setup and for thousands of setups changed a line at a time.
@Suite struct PlainReadingAgreementTests {
    static let samples = Fixtures.files(under: "SampleConfigs") { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }

    @Test func everySampleReadsTheSameInOnePass() throws {
        #expect(Self.samples.count > 50)
        var plainDocuments = 0
        for path in Self.samples {
            plainDocuments += try Self.expectAgreement(Array(Data(contentsOf: Fixtures.url(path))), path)
        }
        // Most samples are plain, so the one pass was really taken.
        #expect(plainDocuments > 40)
    }

    /// Each valid sample with one line deleted, repeated, or given another value: blanks, nulls, quoted numbers and
    /// booleans, YAML 1.1 spellings, lists where a string belongs, anchors, tags, unknown and misspelt keys.
    @Test func changedSetupsReadTheSameInOnePass() throws {
        let replacements = ["", "~", "null", "\"\"", "' '", "1", "\"1\"", "2", "true", "True", "FALSE", "yes", "\"true\"", "[]", "[a, b]",
                            "{}", "{a: 1}", "&shared x", "!!str 1", "!!int 1", "- item", "${SALESFORCE_CONSUMER_KEY}", "Lightning", "SANDBOX",
                            "https://acme-h.cyclr.com/connector/callback", "[full, refresh_token]", "full"]
        let keyLines = ["unknownKey: 1", "clientSecret: hunter2", "apiToken: s3cret", "versoin: 1", "metadata: App.connectedApp-meta.xml",
                        "externalClientApp: {metadata: eca}", "<<: *shared", "? [a]\n  : b"]
        var generator = SplitMix64(seed: 0x5eed)
        var checked = 0
        for path in Self.samples where path.contains("/valid/") || path.contains("/profiles/") {
            let lines = try Fixtures.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<60 {
                var changed = lines
                let line = Int(generator.next() % UInt64(lines.count))
                switch generator.next() % 4 {
                case 0: changed.remove(at: line)
                case 1: changed.insert(lines[line], at: line)
                case 2:
                    let indent = lines[line].prefix { $0 == " " || $0 == "-" }
                    changed.insert(indent + keyLines[Int(generator.next() % UInt64(keyLines.count))], at: line)
                default:
                    guard let colon = lines[line].firstIndex(of: ":") else { continue }
                    changed[line] = lines[line][...colon] + " " + replacements[Int(generator.next() % UInt64(replacements.count))]
                }
                _ = try Self.expectAgreement(Array(changed.joined(separator: "\n").utf8), "\(path) changed at line \(line + 1)")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    /// Compares both readings of every document of `bytes`, without and with the built-in profiles; returns how many
    /// documents are plain.
    private static func expectAgreement(_ bytes: [UInt8], _ name: String) throws -> Int {
        var plain = 0
        _ = try YAMLStreamReader.read(.bytes(bytes)) { document in
            if let root = document.root, PlainYAMLDocument(root) != nil { plain += 1 }
            for profiles in [ConnectorProfiles.none, .builtIn] {
                let onePass = SetupDecoder.decode(document, origin: .setupYAML, profiles: profiles, readsPlainDocumentsInOnePass: true)
                let full = SetupDecoder.decode(document, origin: .setupYAML, profiles: profiles, readsPlainDocumentsInOnePass: false)
                #expect(description(of: onePass) == description(of: full), "\(name), document \(document.index + 1)")
            }
        }
        return plain
    }

    /// Everything a reading gives, record by record.
    private static func description(of decoded: DecodedDocument) -> String {
        var text = "problems: \(decoded.problems)\n"
        guard let setup = decoded.setup else { return text + "no setup" }
        text += "root: \(setup.root.index); profile: \(setup.profile?.name ?? "none"); known: \(setup.connectorIsKnown)\n"
        text += "replaced: \(setup.replacedKeys)\nunreadable: \(setup.unreadableKeyPaths.sorted())\n"
        text += "credentials: \(setup.credentialValues.map(\.index))\n"
        for (index, record) in setup.root.tree.records.enumerated() { text += "\(index): \(record)\n" }
        return text + "children: \(Array(setup.root.tree.children))"
    }
}

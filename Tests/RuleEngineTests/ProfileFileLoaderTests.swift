import Foundation
import LintKit
import SetupModel
import Testing
import TestSupport
import RuleFiles

@Suite struct ProfileFileLoaderTests {
    /// The profiles compiled in are the ones Profiles/ holds, read as the build reads them.
    @Test func theCompiledProfilesMatchProfilesFolder() throws {
        let folder = Fixtures.url("Profiles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { try #require(BuiltInFileReader.File(path: folder.appendingPathComponent($0).path, folder: "Profiles")) }
        let read = BuiltInFileReader.profiles(files)
        #expect(read.problems.map(\.description) == [])
        #expect(read.profiles.all == ConnectorProfiles.builtIn.all)
    }

    /// Two profiles answering to one name stop the build like a broken file.
    @Test func theBuildsReadingRefusesTwoProfilesOfOneName() {
        let profile = "name: X\nsummary: s\nconnectedApp: false\n"
        let read = BuiltInFileReader.profiles([BuiltInFileReader.File(name: "Profiles/a.yaml", bytes: Array(profile.utf8)),
                                                BuiltInFileReader.File(name: "Profiles/b.yaml", bytes: Array(profile.utf8))])
        #expect(read.problems.map(\.description) == [
            "Profiles/b.yaml:1:1: the profile answers to `X`, which Profiles/a.yaml (`X`) already does; give it a name of its own",
        ])
    }

    @Test func builtInProfilesLoad() {
        #expect(ConnectorProfiles.builtIn.all.map(\.name) == [
            "Salesforce", "Salesforce Chatter", "Salesforce Marketing Cloud", "Salesforce Metadata", "Salesforce Pardot",
            "Salesforce Pardot (OAuth)", "Salesforce SOAP", "Salesforce Service Cloud",
        ])
        #expect(ConnectorProfiles.builtIn.fallback?.name == "Salesforce")
        #expect(ConnectorProfiles.builtIn.profile(named: "pardot  (oauth)")?.name == "Salesforce Pardot (OAuth)")
    }

    /// A name is matched ignoring letter case and how its words are spaced, however it is written.
    @Test(arguments: [
        ("Salesforce Service Cloud", "salesforce service cloud"), ("  Salesforce\tService \n Cloud ", "salesforce service cloud"),
        ("SALESFORCE", "salesforce"), ("Salesforce ", "salesforce"), ("", ""), ("Sälesforce  Clöud", "sälesforce clöud"),
        ("a\u{85}b", "a b"), ("a\u{1}b", "a\u{1}b"),
    ] as [(String, String)])
    func profileNamesAreNormalized(name: String, normalized: String) {
        #expect(ConnectorProfiles.normalized(name) == normalized)
    }

    static let brokenProfiles: [(text: String, error: String)] = [
        ("name: X\nsummary: s\nconnectedApp: true\ncallbackUrl: https://{serviceDomain}/c\nscope: {}\n",
         "5:1: unknown key `scope` in a profile; did you mean `scopes`?"),
        ("name: X\nsummary: s\nconnectedApp: true\ncallbackUrl: https://{serviceDomain}/c\nscopes:\n  data-access: {anyOf: [ful], add: a, missing: m}\n  refresh: {anyOf: [refresh_token], add: a, missing: m}\n",
         "6:25: `ful` is not a Salesforce scope; did you mean `full`?"),
        ("name: X\nsummary: s\nconnectedApp: false\nvalues:\n  pin:\n    label: PIN\n    type: numbr\n    summary: s\n",
         "7:11: `type` is `numbr`, which is none of `string`"),
        ("name: X\nsummary: s\nconnectedApp: false\nvalues:\n  clientSecret: {label: L, type: string, summary: s}\n",
         "5:3: `clientSecret` is one of the guide's own `cyclr` keys"),
        ("name: X\nsummary: s\nconnectedApp: true\n", "1:1: a connector with `connectedApp: true` needs `scopes`"),
    ]

    @Test(arguments: brokenProfiles.indices)
    func brokenProfileNamesLineAndProblem(_ index: Int) {
        let (text, expected) = Self.brokenProfiles[index]
        #expect(throws: RuleFileError.self) { try ProfileFileLoader.load(Array(text.utf8), file: "p.yaml") }
        do {
            _ = try ProfileFileLoader.load(Array(text.utf8), file: "p.yaml")
        } catch {
            #expect(error.description.hasPrefix("p.yaml:" + expected), "\(error.description)")
        }
    }
}

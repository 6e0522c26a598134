import LintKit
import SetupModel
import Testing

@Suite struct ProfileFileLoaderTests {
    @Test func builtInProfilesLoad() {
        #expect(ConnectorProfiles.builtInProblems.map(\.description) == [])
        #expect(ConnectorProfiles.builtIn.all.map(\.name) == [
            "Salesforce", "Salesforce Chatter", "Salesforce Marketing Cloud", "Salesforce Metadata", "Salesforce Pardot",
            "Salesforce Pardot (OAuth)", "Salesforce SOAP", "Salesforce Service Cloud",
        ])
        #expect(ConnectorProfiles.builtIn.fallback?.name == "Salesforce")
        #expect(ConnectorProfiles.builtIn.profile(named: "pardot  (oauth)")?.name == "Salesforce Pardot (OAuth)")
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

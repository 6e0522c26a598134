import Testing
import YAMLSource
@testable import SetupModel
import SourceText

@Suite struct ExternalClientAppMapperTests {
    static func root(_ text: String) throws -> XMLElementNode {
        try #require(MetadataXMLReader.read(Array(text.utf8)).root)
    }

    static func files(_ texts: [MetadataFileKind: String]) throws -> ExternalClientAppFiles {
        var files = ExternalClientAppFiles()
        for (index, kind) in MetadataFileKind.externalClientAppKinds.enumerated() {
            guard let text = texts[kind] else { continue }
            files[kind] = ExternalClientAppFiles.File(root: try root(text), index: index, baseName: "Acme_Eca")
        }
        return files
    }

    static let global = """
    <ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
        <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>
        <consumerKey>3MVG9abc</consumerKey>
        <consumerSecret>F00DF00D</consumerSecret>
        <externalClientApplication>Acme_Eca</externalClientApplication>
        <isConsumerSecretOptional>false</isConsumerSecretOptional>
        <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
    </ExtlClntAppGlobalOauthSettings>
    """

    static func problems(_ mapped: MappedConnectedApp) -> [String] {
        mapped.problems.map { "\($0.file):\($0.range.start.line):\($0.range.start.column):\($0.kind)" }
    }

    @Test func everyFileMapsOntoTheSetupInItsOwnFile() throws {
        let files = try Self.files([
            .externalClientApp: "<ExternalClientApplication><contactEmail>a@acme.example</contactEmail><label>Acme</label></ExternalClientApplication>",
            .externalClientAppGlobalOauth: Self.global,
            .externalClientAppOauth: """
            <ExtlClntAppOauthSettings>
                <commaSeparatedOauthScopes>Full, refresh_token,CdpQueryApi</commaSeparatedOauthScopes>
                <externalClientApplication>Acme_Eca</externalClientApplication>
            </ExtlClntAppOauthSettings>
            """,
            .externalClientAppOauthPolicies: """
            <ExtlClntAppOauthConfigurablePolicies><externalClientApplication>Acme_Eca</externalClientApplication><ipRelaxationPolicyType>Enforce_relaxrefresh</ipRelaxationPolicyType>\
            <refreshTokenPolicyType>SpecificLifetime</refreshTokenPolicyType><refreshTokenValidityPeriod>30</refreshTokenValidityPeriod>\
            <refreshTokenValidityUnit>days</refreshTokenValidityUnit></ExtlClntAppOauthConfigurablePolicies>
            """,
        ])
        #expect(files.application == "Acme_Eca")
        let mapped = ExternalClientAppMapper.map(files)
        let app = try #require(mapped.node)
        #expect(app["name"]?.string == "Acme" && app["name"]?.origin.file == 0)
        #expect(app["apiName"]?.string == "Acme_Eca")
        #expect(app.node(at: "oauth.callbackUrls")?.items?.first?.origin.file == 1)
        #expect(app.node(at: "oauth.requireSecretForRefreshToken")?.boolean == false)
        #expect(app.node(at: "oauth.requireSecretForWebServerFlow")?.boolean == true)
        #expect(app.node(at: "oauth.refreshTokenPolicy")?.string == "specific_lifetime:30:DAYS")
        let scopes = try #require(app.node(at: "oauth.scopes")?.items)
        #expect(scopes.map { $0.string ?? "" } == ["Full", "refresh_token"])
        #expect(scopes.map(\.origin.file) == [2, 2])
        #expect(scopes.map(\.range) == [
            SourceRange(start: SourcePosition(line: 2, column: 32), end: SourcePosition(line: 2, column: 36)),
            SourceRange(start: SourcePosition(line: 2, column: 38), end: SourcePosition(line: 2, column: 51)),
        ])
        // `refresh_token` gets a did-you-mean but stays selected; `CdpQueryApi` is a wrong spelling of nothing documented.
        #expect(Self.problems(mapped) == ["2:2:38:unknownScope", "2:2:52:unknownScope"])
        #expect(mapped.problems[0].message.contains("did you mean `RefreshToken`?"))
        #expect(mapped.secretRanges.map(\.start) == [SourcePosition(line: 4, column: 21)])
    }

    @Test func documentedScopesAreNeverUnknown() throws {
        let list = ExternalClientAppScopes.documented.joined(separator: ", ")
        let files = try Self.files([.externalClientAppOauth:
            "<ExtlClntAppOauthSettings><commaSeparatedOauthScopes>\(list), CDP</commaSeparatedOauthScopes><externalClientApplication>Acme_Eca</externalClientApplication></ExtlClntAppOauthSettings>"])
        let mapped = ExternalClientAppMapper.map(files)
        #expect(mapped.problems.isEmpty)
        #expect(mapped.node?.node(at: "oauth.scopes")?.items?.count == 35)
        #expect(ExternalClientAppScopes.documented.allSatisfy { ScopeCatalog.scope(named: $0) != nil })
    }

    @Test func elementNamesAreToleratedUnlessOneEditFromADocumentedOne() throws {
        let files = try Self.files([.externalClientAppGlobalOauth: """
        <ExtlClntAppGlobalOauthSettings><isDPopEnabled>true</isDPopEnabled><isPkceRequire>true</isPkceRequire>\
        <idTokenConfig><idTokenAudience>x</idTokenAudience><idTokenAudiences>y</idTokenAudiences></idTokenConfig></ExtlClntAppGlobalOauthSettings>
        """])
        #expect(ExternalClientAppMapper.map(files).problems.map(\.kind) == [.unlistedElement, .unknownElement, .unknownElement, .missingField, .missingField])
    }

    @Test func timedPoliciesNeedAPeriodAndAUnit() throws {
        let files = try Self.files([.externalClientAppOauthPolicies: """
        <ExtlClntAppOauthConfigurablePolicies><refreshTokenPolicyType>SpecificInactivity</refreshTokenPolicyType>\
        <refreshTokenValidityPeriod>0</refreshTokenValidityPeriod><refreshTokenValidityUnit>Weeks</refreshTokenValidityUnit>\
        </ExtlClntAppOauthConfigurablePolicies>
        """])
        let mapped = ExternalClientAppMapper.map(files)
        #expect(mapped.problems.map(\.kind) == [.wrongType, .missingField, .wrongType])
        #expect(mapped.node?.node(at: "oauth.refreshTokenPolicy") == nil)
        #expect(mapped.unreadableKeyPaths == ["salesforce.connectedApp.oauth.refreshTokenPolicy"])
    }

    @Test func wrongRootsAreReported() throws {
        let mapped = ExternalClientAppMapper.map(try Self.files([.externalClientAppGlobalOauth: "<ConnectedApp/>"]))
        #expect(mapped.node == nil)
        #expect(mapped.problems.map(\.kind) == [.unknownElement])
    }
}

import Testing
import YAMLSource
@testable import SetupModel
import SourceText

@Suite struct ExternalClientAppMapperTests {
    static let global0 = ValueOrigin(file: 0, format: .externalClientApp)
    static let scopes1 = ValueOrigin(file: 1, format: .externalClientApp)

    static func root(_ text: String) throws -> XMLElementNode {
        try #require(MetadataXMLReader.read(Array(text.utf8)).root)
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

    @Test func globalSettingsAndCommaSeparatedScopesMapOntoTheSetup() throws {
        let settings = try Self.root("""
        <ExtlClntAppOauthSettings>
            <commaSeparatedOauthScopes>Full, refresh_token,CdpQueryApi</commaSeparatedOauthScopes>
            <externalClientApplication>Acme_Eca</externalClientApplication>
        </ExtlClntAppOauthSettings>
        """)
        let globalRoot = try Self.root(Self.global)
        #expect(ExternalClientAppMapper.application(of: globalRoot) == "Acme_Eca")
        let mapped = ExternalClientAppMapper.map(global: globalRoot, scopes: settings, origin: Self.global0, scopesOrigin: Self.scopes1)
        let app = try #require(mapped.node)
        #expect(app["apiName"]?.string == "Acme_Eca")
        #expect(app.node(at: "oauth.callbackUrls")?.items?.first?.string == "https://acme-h.cyclr.com/connector/callback")
        #expect(app.node(at: "oauth.requireSecretForRefreshToken")?.boolean == false)
        #expect(app.node(at: "oauth.requireSecretForWebServerFlow")?.boolean == true)
        let scopes = try #require(app.node(at: "oauth.scopes")?.items)
        #expect(scopes.map { $0.string ?? "" } == ["Full", "refresh_token"])
        #expect(scopes.map(\.range) == [
            SourceRange(start: SourcePosition(line: 2, column: 32), end: SourcePosition(line: 2, column: 36)),
            SourceRange(start: SourcePosition(line: 2, column: 38), end: SourcePosition(line: 2, column: 51)),
        ])
        #expect(mapped.problems.map { "\($0.range.start.line):\($0.range.start.column):\($0.kind):\($0.keyPath)" }
                == ["2:52:unknownScope:salesforce.connectedApp.oauth.scopes[2]"])
        #expect(mapped.secretRanges.map(\.start) == [SourcePosition(line: 4, column: 21)])
    }

    @Test func wrongRootsAreReported() throws {
        let mapped = ExternalClientAppMapper.map(global: try Self.root("<ConnectedApp/>"), scopes: nil, origin: Self.global0, scopesOrigin: Self.scopes1)
        #expect(mapped.node == nil)
        #expect(mapped.problems.map(\.kind) == [.unknownElement])
        let withWrongSettings = ExternalClientAppMapper.map(global: try Self.root(Self.global), scopes: try Self.root("<Other/>"), origin: Self.global0, scopesOrigin: Self.scopes1)
        #expect(withWrongSettings.problems.map(\.keyPath) == [ExternalClientAppMapper.scopesPath])
        let alone = ExternalClientAppMapper.scopeProblems(try Self.root(
            "<ExtlClntAppOauthSettings><commaSeparatedOauthScopes>Api,ID,Bogus</commaSeparatedOauthScopes></ExtlClntAppOauthSettings>"))
        #expect(alone.map { "\($0.range.start.column):\($0.kind)" } == ["61:unknownScope"])
    }
}

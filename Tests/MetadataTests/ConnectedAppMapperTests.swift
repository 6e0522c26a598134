import Testing
import YAMLSource
@testable import SetupModel
import SourceText

@Suite struct ConnectedAppMapperTests {
    static let valid = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
        <contactEmail>integrations@acme.example</contactEmail>
        <label>Acme Cyclr Integration</label>
        <oauthConfig>
            <callbackUrl>https://acme-h.cyclr.com/connector/callback
    https://acme-h.cyclr.com/connector/callback/</callbackUrl>
            <consumerKey>3MVG9abc</consumerKey>
            <isConsumerSecretOptional>true</isConsumerSecretOptional>
            <isPkceRequired>1</isPkceRequired>
            <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
            <scopes>Full</scopes>
            <scopes>RefreshToken</scopes>
        </oauthConfig>
        <oauthPolicy>
            <ipRelaxation>ENFORCE</ipRelaxation>
            <refreshTokenPolicy>zero</refreshTokenPolicy>
        </oauthPolicy>
    </ConnectedApp>
    """

    static func map(_ text: String, apiName: String = "Acme_Cyclr_Integration") throws -> MappedConnectedApp {
        let root = try #require(MetadataXMLReader.read(Array(text.utf8)).root)
        return ConnectedAppMapper.map(root, apiName: apiName, origin: ValueOrigin(file: 0, format: .connectedApp))
    }

    static func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    @Test func mapsEveryElementToItsKeyPathAndPosition() throws {
        let mapped = try Self.map(Self.valid)
        #expect(mapped.problems.isEmpty, "\(mapped.problems)")
        let setup = MetadataSetup.standalone(mapped, connectedApp: try #require(mapped.node), serviceDomain: "acme-h.cyclr.com")
        let app = try #require(setup.connectedApp)
        #expect(app["name"]?.string == "Acme Cyclr Integration")
        #expect(app["name"]?.range == SourceRange(start: Self.at(4, 12), end: Self.at(4, 34)))
        #expect(app["name"]?.keyRange.start == Self.at(4, 6))
        #expect(app["apiName"]?.string == "Acme_Cyclr_Integration")
        #expect(app["contactEmail"]?.keyPath == "salesforce.connectedApp.contactEmail")
        #expect(app["consumerKey"]?.range.start == Self.at(8, 22))
        let oauth = try #require(setup.oauth)
        #expect(oauth["enabled"]?.boolean == true)
        #expect(oauth.keyRange.start == Self.at(5, 6))
        #expect(setup.callbackURLs.map(\.url) == ["https://acme-h.cyclr.com/connector/callback", "https://acme-h.cyclr.com/connector/callback/"])
        #expect(setup.callbackURLs.map(\.node.keyPath) == ["salesforce.connectedApp.oauth.callbackUrls[0]", "salesforce.connectedApp.oauth.callbackUrls[1]"])
        #expect(setup.callbackURLs[1].node.range == SourceRange(start: Self.at(7, 1), end: Self.at(7, 45)))
        #expect(oauth["scopes"]?.items?.map { $0.string ?? "" } == ["Full", "RefreshToken"])
        #expect(oauth["scopes"]?.items?[1].range.start == Self.at(13, 17))
        #expect(oauth["requireSecretForRefreshToken"]?.boolean == false)
        #expect(oauth["requireSecretForRefreshToken"]?.range.start == Self.at(11, 42))
        #expect(oauth["requireSecretForWebServerFlow"]?.boolean == false)
        #expect(oauth["requirePkce"]?.boolean == true)
        #expect(oauth["refreshTokenPolicy"]?.string == "zero")
        #expect(setup.serviceDomain?.string == "acme-h.cyclr.com")
        #expect(setup.version == nil, "a metadata file has no setup format version, and none is made up")
    }

    @Test func absentSettingsStayAbsentAndMissingOAuthMeansDisabled() throws {
        let mapped = try Self.map("<ConnectedApp><contactEmail>a@b.example</contactEmail><label>A</label></ConnectedApp>")
        let app = try #require(mapped.node)
        #expect(app.node(at: "oauth.enabled")?.boolean == false)
        #expect(app.node(at: "oauth.enabled")?.range.start == Self.at(1, 2))
        let withOAuth = try #require(try Self.map("<ConnectedApp><contactEmail>a@b.example</contactEmail><label>A</label><oauthConfig><callbackUrl>x</callbackUrl></oauthConfig></ConnectedApp>").node)
        #expect(withOAuth.node(at: "oauth.requireSecretForRefreshToken") == nil)
        #expect(withOAuth.node(at: "oauth.scopes")?.items?.isEmpty == true)
        #expect(withOAuth.node(at: "oauth.scopes")?.keyRange.start == Self.at(1, 72))
    }

    @Test func fullNameWinsOverTheFileName() throws {
        let app = try #require(try Self.map("<ConnectedApp><fullName>Real_Name</fullName><contactEmail>a@b.example</contactEmail><label>A</label></ConnectedApp>").node)
        #expect(app["apiName"]?.string == "Real_Name")
    }

    @Test func missingLabelAndContactEmailAreMissingFields() throws {
        let mapped = try Self.map("<ConnectedApp>\n  <oauthConfig><scopes>Full</scopes></oauthConfig>\n</ConnectedApp>")
        #expect(mapped.problems.map(\.kind) == [.missingField, .missingField, .missingField])
        #expect(mapped.problems.map(\.keyPath) == ["salesforce.connectedApp.name", "salesforce.connectedApp.contactEmail",
                                                       "salesforce.connectedApp.oauth.callbackUrls"])
        #expect(mapped.problems[0].range.start == Self.at(1, 2))
        #expect(mapped.problems[2].range.start == Self.at(2, 4))
    }

    @Test func scopesMatchTheMetadataEnumCaseSensitively() throws {
        let mapped = try Self.map("""
        <ConnectedApp><contactEmail>a@b.example</contactEmail><label>A</label><oauthConfig><callbackUrl>x</callbackUrl>
        <scopes>ID</scopes>
        <scopes>ChatbotApi</scopes>
        <scopes>SfapApi</scopes>
        <scopes>full</scopes>
        <scopes>Chatbot</scopes>
        </oauthConfig></ConnectedApp>
        """)
        let unknown = mapped.problems.filter { $0.kind == .unknownScope }
        #expect(unknown.map(\.range.start.line) == [2, 3, 4, 5])
        #expect(unknown.map(\.keyPath) == (0..<4).map { "salesforce.connectedApp.oauth.scopes[\($0)]" })
        #expect(unknown[0].message.contains("did you mean `Basic`"))
        #expect(unknown[1].message.contains("did you mean `Chatbot`"))
        #expect(unknown[2].message.contains("did you mean `SFAP`"))
        #expect(unknown[3].message.contains("did you mean `Full`"))
        #expect(mapped.node?.node(at: "oauth.scopes")?.items?.map(\.keyPath) == ["salesforce.connectedApp.oauth.scopes[4]"])
    }

    @Test func unknownElementsOrderAndRepeats() throws {
        let mapped = try Self.map("""
        <ConnectedApp>
            <label>A</label>
            <contactEmail>a@b.example</contactEmail>
            <developerName>A</developerName>
            <label>B</label>
            <oauthConfig>
                <callbackUrl>x</callbackUrl>
                <scopes>Full</scopes>
                <isConsumerKeyOptional>true</isConsumerKeyOptional>
                <isAdminApproved>maybe</isAdminApproved>
                <scopes>Api</scopes>
            </oauthConfig>
        </ConnectedApp>
        """)
        let found = mapped.problems.map { "\($0.range.start.line):\($0.kind)" }
        #expect(found == ["3:elementOrder", "4:unknownElement", "5:duplicateKey", "9:unknownElement", "10:elementOrder"])
        #expect(mapped.problems[1].message == "`<developerName>` is not an element of ConnectedApp")
        #expect(mapped.problems[3].message.contains("did you mean `isConsumerSecretOptional`?"))
    }

    @Test func wrongRootIsReported() throws {
        let mapped = try Self.map("<CustomObject><label>x</label></CustomObject>")
        #expect(mapped.node == nil)
        #expect(mapped.problems.map(\.kind) == [.unknownElement])
    }

    @Test func wrongBooleansAreWrongType() throws {
        let mapped = try Self.map("<ConnectedApp><contactEmail>a@b.example</contactEmail><label>A</label><oauthConfig><callbackUrl>x</callbackUrl><isSecretRequiredForRefreshToken>no</isSecretRequiredForRefreshToken></oauthConfig></ConnectedApp>")
        #expect(mapped.problems.map(\.kind) == [.wrongType])
        #expect(mapped.node?.node(at: "oauth.requireSecretForRefreshToken") == nil)
    }

    @Test func consumerSecretIsASecretRange() throws {
        let mapped = try Self.map("<ConnectedApp><contactEmail>a@b.example</contactEmail><label>A</label><oauthConfig><callbackUrl>x</callbackUrl><consumerSecret>ABCDEF123</consumerSecret></oauthConfig></ConnectedApp>")
        #expect(mapped.secretRanges.count == 1)
        #expect(mapped.secretRanges[0].start.column == 128)
    }

    @Test func fileKindsByName() {
        #expect(MetadataFileKind(fileName: "a/b/Acme.connectedApp-meta.xml") == .connectedApp)
        #expect(MetadataFileKind(fileName: "connectedApps/Acme.connectedApp") == .connectedApp)
        #expect(MetadataFileKind(fileName: "Acme.ecaGlblOauth-meta.xml") == .externalClientAppGlobalOauth)
        #expect(MetadataFileKind(fileName: "Acme.ecaOauth-meta.xml") == .externalClientAppOauth)
        #expect(MetadataFileKind(fileName: ".connectedApp-meta.xml") == nil)
        #expect(MetadataFileKind(fileName: "setup.cyclr.yaml") == nil)
        #expect(MetadataFileKind(fileName: "a.connectedApp/setup.cyclr.yaml") == nil)
        #expect(MetadataFileKind(fileName: "x/.eca") == nil)
        #expect(MetadataFileKind(fileName: "Acme.eca") == .externalClientApp)
        #expect(MetadataFileKind(fileName: "Acme.ecaPlcy-meta.xml") == .externalClientAppPolicies)
        #expect(MetadataFileKind(fileName: "Acme.ecaOauthPlcy-meta.xml") == .externalClientAppOauthPolicies)
        // Names that are not ASCII are told by characters, as ever.
        #expect(MetadataFileKind(fileName: "dossier/Société.connectedApp-meta.xml") == .connectedApp)
        #expect(MetadataFileKind(fileName: "é.eca") == .externalClientApp)
        #expect(MetadataFileKind(fileName: "x.eca\u{301}") == nil)
        #expect(MetadataFileKind.connectedApp.baseName(of: "x/Acme_App.connectedApp-meta.xml") == "Acme_App")
        // An ASCII name is told by its bytes, a kind or none; only another name falls to characters.
        #expect(MetadataFileKind.kind(ofASCIIFileName: "team/app-1.cyclr.yaml") == (true, nil))
        #expect(MetadataFileKind.kind(ofASCIIFileName: "a/Acme.eca") == (true, .externalClientApp))
        #expect(MetadataFileKind.kind(ofASCIIFileName: "dossier/Société.eca").isASCII == false)
        #expect(MetadataFileKind.kind(ofASCIIFileName: "é/Acme.eca") == (true, .externalClientApp))
    }
}

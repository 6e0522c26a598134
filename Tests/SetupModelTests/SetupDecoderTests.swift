import Foundation
import Testing
import YAMLSource
@testable import SetupModel
import SourceText

func decodeAll(_ text: String) throws -> [DecodedDocument] {
    var decoded: [DecodedDocument] = []
    _ = try YAMLStreamReader.read(.bytes(Array(text.utf8))) { decoded.append(SetupDecoder.decode($0)) }
    return decoded
}

func decodeOne(_ text: String) throws -> DecodedDocument {
    let all = try decodeAll(text)
    try #require(all.count == 1)
    return all[0]
}

let guideSetup = """
version: 1
cyclr:
  serviceDomain: acme-h.cyclr.com
  clientId: ${SALESFORCE_CONSUMER_KEY}
  clientSecret: ""
salesforce:
  connectedApp:
    name: Acme
    contactEmail: a@acme.example
    oauth:
      callbackUrls: "https://acme-h.cyclr.com/connector/callback\\n\\nmyapp://callback\\n"
      scopes: [full, refresh_token]
      requireSecretForRefreshToken: false

"""

@Suite struct SetupDecoderTests {
    @Test func aCompleteSetupDecodesWithoutFindings() throws {
        let document = try decodeOne(guideSetup)
        #expect(document.problems.isEmpty)
        let setup = try #require(document.setup)
        #expect(setup.serviceDomain?.string == "acme-h.cyclr.com")
        #expect(setup.serviceDomain?.keyPath == "cyclr.serviceDomain")
        #expect(setup.serviceDomain?.range.start == SourcePosition(line: 3, column: 18))
        #expect(setup.clientId?.environmentReference == "SALESFORCE_CONSUMER_KEY")
        #expect(setup.clientSecret?.isBlank == true)
        #expect(setup.oauth?["requireSecretForRefreshToken"]?.boolean == false)
    }

    @Test func callbackStringsSplitOnLineBreaksSkippingEmptyLines() throws {
        let setup = try #require(try decodeOne(guideSetup).setup)
        #expect(setup.callbackURLs.map(\.url) == ["https://acme-h.cyclr.com/connector/callback", "myapp://callback"])
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() throws {
        let document = try decodeOne(guideSetup.replacingOccurrences(of: "callbackUrls:", with: "callbackURL:"))
        let unknown = try #require(document.problems.first { $0.kind == .unknownKey })
        #expect(unknown.message.contains("did you mean `callbackUrls`?"))
        #expect(unknown.range.start == SourcePosition(line: 11, column: 7))
        #expect(document.problems.contains { $0.kind == .missingField && $0.keyPath == "salesforce.connectedApp.oauth.callbackUrls" })
    }

    @Test func yaml11BooleansAndQuotedBooleansAreWrongType() throws {
        for spelling in ["yes", "no", "on", "off", "y", "n", "\"false\""] {
            let text = guideSetup.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: \(spelling)")
            let document = try decodeOne(text)
            #expect(document.problems.map(\.kind) == [.wrongType], "\(spelling)")
            #expect(document.problems.first?.help?.contains("true") == true)
        }
        let upper = try decodeOne(guideSetup.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: FALSE"))
        #expect(upper.problems.isEmpty)
    }

    @Test func quotedVersionIsWrongTypeAndOtherVersionsUnsupported() throws {
        let quoted = try decodeOne(guideSetup.replacingOccurrences(of: "version: 1", with: "version: \"1\""))
        #expect(quoted.problems.map(\.kind) == [.wrongType])
        let two = try decodeOne(guideSetup.replacingOccurrences(of: "version: 1", with: "version: 2"))
        #expect(two.problems.map(\.kind) == [.unsupportedVersion])
        #expect(two.problems.first?.range.start == SourcePosition(line: 1, column: 10))
    }

    @Test func duplicateKeyAtTheFourthLevelNamesTheFirstLine() throws {
        let text = guideSetup.replacingOccurrences(of: "      requireSecretForRefreshToken: false", with: "      requireSecretForRefreshToken: false\n      scopes: [api]")
        let document = try decodeOne(text)
        let duplicate = try #require(document.problems.first)
        #expect(duplicate.kind == .duplicateKey)
        #expect(duplicate.range.start == SourcePosition(line: 14, column: 7))
        #expect(duplicate.message.contains("line 12"))
        #expect(document.setup?.oauth?["scopes"]?.items?.count == 2, "the first occurrence wins")
    }

    @Test func missingRequiredKeysPointAtTheirParentKey() throws {
        let document = try decodeOne("version: 1\ncyclr:\n  clientId: x\nsalesforce: {}\n")
        let missing = document.problems.filter { $0.kind == .missingField }
        #expect(missing.map(\.keyPath) == ["cyclr.serviceDomain", "salesforce.connectedApp"])
        #expect(missing[0].range.start == SourcePosition(line: 2, column: 1))
    }

    @Test func missingTopLevelKeyPointsAtTheFirstNode() throws {
        let document = try decodeOne("\n\nversion: 1\n")
        #expect(document.problems.filter { $0.kind == .missingField }.allSatisfy { $0.range.start == SourcePosition(line: 3, column: 1) })
    }

    @Test func complexKeysAreWrongType() throws {
        let document = try decodeOne("? [a, b]\n: c\nversion: 1\n")
        #expect(document.problems.first?.kind == .wrongType)
        #expect(document.problems.first?.range.start == SourcePosition(line: 1, column: 3))
    }

    @Test func rootThatIsNotAMappingIsWrongType() throws {
        #expect(try decodeOne("- a\n- b\n").problems.map(\.kind) == [.wrongType])
        #expect(try decodeOne("just text\n").problems.map(\.kind) == [.wrongType])
    }

    @Test func emptyDocumentsAreEmptySetups() throws {
        let all = try decodeAll("---\n---\n~\n---\nversion: 1\n")
        #expect(all.count == 3)
        #expect(all[0].problems.map(\.kind) == [.emptySetup])
        #expect(all[1].problems.map(\.kind) == [.emptySetup])
        #expect(all[1].problems.first?.range.start.line == 2)
    }

    @Test func aliasesResolveToTheirAnchoredValue() throws {
        let text = guideSetup.replacingOccurrences(of: "  serviceDomain: acme-h.cyclr.com", with: "  serviceDomain: &host acme-h.cyclr.com")
            .replacingOccurrences(of: "    name: Acme", with: "    name: *host")
        let setup = try #require(try decodeOne(text).setup)
        #expect(setup.connectedApp?["name"]?.string == "acme-h.cyclr.com")
        #expect(setup.connectedApp?["name"]?.range.start == SourcePosition(line: 8, column: 11))
    }

    @Test func aKeyWrittenAsAnAliasIsTheKeyItStandsFor() throws {
        let text = guideSetup.replacingOccurrences(of: "    name: Acme", with: "    &key name: Acme")
            .replacingOccurrences(of: "    contactEmail:", with: "    *key : again\n    contactEmail:")
        let document = try decodeOne(text)
        #expect(document.problems.map(\.kind) == [.duplicateKey])
        #expect(document.problems.first?.message == "`name` is repeated; it is already set on line 8")
    }

    @Test func aTagDecidesTheTypeOfAScalar() throws {
        let tagged = try decodeOne(guideSetup.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: !!bool \"false\""))
        #expect(tagged.problems.isEmpty)
        let text = try decodeOne(guideSetup.replacingOccurrences(of: "version: 1", with: "version: !!str 1"))
        #expect(text.problems.map(\.message) == ["`version` must be an integer, but it is the quoted string \"1\""])
    }

    @Test func orgTypeSuggestsTheClosestChoice() throws {
        let document = try decodeOne(guideSetup.replacingOccurrences(of: "salesforce:\n", with: "salesforce:\n  org: { type: sandbx }\n"))
        #expect(document.problems.first?.message.contains("did you mean `sandbox`?") == true)
    }

    @Test func secretsCoverALiteralClientSecretOnly() throws {
        let literal = try #require(try decodeOne(guideSetup.replacingOccurrences(of: "clientSecret: \"\"", with: "clientSecret: s3cr3t")).setup)
        #expect(literal.secrets.count == 1)
        #expect(try decodeOne(guideSetup).setup?.secrets.isEmpty == true)
        let reference = try decodeOne(guideSetup.replacingOccurrences(of: "clientSecret: \"\"", with: "clientSecret: ${SECRET}")).setup
        #expect(reference?.secrets.isEmpty == true)
    }
}

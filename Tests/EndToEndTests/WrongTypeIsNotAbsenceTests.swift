import Foundation
import Testing
import TestSupport

/// A value of the wrong type is reported as `wrong-type` and is unknown to the rules, not absent: no rule
/// may also say it "is not set". Through the built binary, for a setup YAML and a Connected App file.
@Suite struct WrongTypeIsNotAbsenceTests {
    @Test(arguments: ["\"false\"", "no", "[false]"])
    func aWrongTypeSecretFlagIsOnlyWrongType(value: String) throws {
        let setup = SetupText.clean.replacingOccurrences(of: "requireSecretForRefreshToken: false",
                                                          with: "requireSecretForRefreshToken: \(value)")
        let project = try ScratchProject(["acme.cyclr.yaml": setup])
        defer { project.remove() }
        let findings = SetupText.findings(try project.json(["acme.cyclr.yaml"]))
        #expect(findings.compactMap { $0["ruleId"] as? String } == ["wrong-type"], "\(findings)")
    }

    @Test func aWrongTypeElementInAConnectedAppIsOnlyWrongType() throws {
        let app = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <contactEmail>integrations@acme.example</contactEmail>
            <label>Acme Cyclr Integration</label>
            <oauthConfig>
                <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>
                <isSecretRequiredForRefreshToken>nope</isSecretRequiredForRefreshToken>
                <scopes>Full</scopes>
                <scopes>RefreshToken</scopes>
            </oauthConfig>
        </ConnectedApp>

        """
        let project = try ScratchProject(["Acme.connectedApp-meta.xml": app])
        defer { project.remove() }
        let findings = SetupText.findings(try project.json(["--service-domain", "acme-h.cyclr.com", "Acme.connectedApp-meta.xml"]))
        #expect(findings.compactMap { $0["ruleId"] as? String } == ["wrong-type"], "\(findings)")
    }
}

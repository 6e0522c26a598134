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
        let app = SetupText.cleanConnectedApp.replacingOccurrences(
            of: "<isSecretRequiredForRefreshToken>false<", with: "<isSecretRequiredForRefreshToken>nope<")
        let project = try ScratchProject(["Acme.connectedApp-meta.xml": app])
        defer { project.remove() }
        let findings = SetupText.findings(try project.json(["--service-domain", "acme-h.cyclr.com", "Acme.connectedApp-meta.xml"]))
        #expect(findings.compactMap { $0["ruleId"] as? String } == ["wrong-type"], "\(findings)")
    }
}

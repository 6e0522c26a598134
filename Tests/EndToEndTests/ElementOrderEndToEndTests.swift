import Foundation
import Testing
import TestSupport

/// `metadata-element-order` names the element to move above; through the built binary.
@Suite struct ElementOrderEndToEndTests {
    static let connectedApp = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
        <label>Acme Cyclr Integration</label>
        <oauthConfig>
            <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>
            <isAdminApproved>false</isAdminApproved>
            <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>
            <scopes>Full</scopes>
            <scopes>RefreshToken</scopes>
        </oauthConfig>
        <oauthPolicy>
            <ipRelaxation>ENFORCE</ipRelaxation>
            <refreshTokenPolicy>infinite</refreshTokenPolicy>
        </oauthPolicy>
        <contactEmail>integrations@acme.example</contactEmail>
    </ConnectedApp>

    """

    /// `<contactEmail>` belongs before all three of its earlier siblings: moving it above the latest of
    /// them (`<oauthPolicy>`) would leave it out of order, so the finding names the first (`<label>`).
    @Test func theFindingNamesTheFirstEarlierSiblingThatBelongsAfterIt() throws {
        let project = try ScratchProject(["Acme.connectedApp-meta.xml": Self.connectedApp])
        defer { project.remove() }
        let findings = SetupText.findings(try project.json(["--service-domain", "acme-h.cyclr.com", "Acme.connectedApp-meta.xml"]))
        let order = findings.filter { $0["ruleId"] as? String == "metadata-element-order" }
        #expect(order.count == 1)
        #expect(order.first?["line"] as? Int == 15)
        #expect(order.first?["message"] as? String
                == "`<contactEmail>` is out of order: ConnectedApp puts it before `<label>` (line 3)")
        #expect(order.first?["help"] as? String
                == "Move `<contactEmail>` above `<label>`; the Metadata API reads ConnectedApp's elements in alphabetical order and a deploy can reject them out of sequence.")
    }
}

import Foundation
import Testing
@testable import LintKit
import SetupModel

/// A setup YAML whose `salesforce.connectedApp.metadata` names a Connected App metadata file.
@Suite struct MetadataLinkTests {
    static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
        <contactEmail>integrations@acme.example</contactEmail>
        <label>Acme Cyclr Integration</label>
        <oauthConfig>
            <callbackUrl>https://acme-h.cyclr.com/connector/callback/</callbackUrl>
            <scopes>Full</scopes>
            <scopes>RefreshToken</scopes>
        </oauthConfig>
    </ConnectedApp>
    """

    static func yaml(metadata: String = "force-app/main/default/connectedApps/Acme.connectedApp-meta.xml", extra: String = "") -> String {
        """
        version: 1
        cyclr:
          serviceDomain: acme-h.cyclr.com
          clientId: ${KEY}
          clientSecret: ${SECRET}
        salesforce:
          connectedApp:
            metadata: \(metadata)
        \(extra)
        """
    }

    /// A scratch SFDX project: `acme.cyclr.yaml` and `force-app/main/default/connectedApps/Acme.connectedApp-meta.xml`.
    static func project(yaml: String = yaml(), xml: String = xml) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("connectlint-metadata-\(UUID().uuidString)")
        let apps = root.appendingPathComponent("force-app/main/default/connectedApps")
        try FileManager.default.createDirectory(at: apps, withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: root.appendingPathComponent("acme.cyclr.yaml"))
        try Data(xml.utf8).write(to: apps.appendingPathComponent("Acme.connectedApp-meta.xml"))
        return root
    }

    static func run(_ paths: [String]) throws -> LintRun {
        try Linter(options: LintOptions(jobs: 2, rules: GuideRulesOnMetadataTests.rules)).run(paths: paths)
    }

    static func fired(_ run: LintRun) -> [String] {
        run.findings.map { "\(($0.path as NSString).lastPathComponent):\($0.range.start.line):\($0.ruleId)" }
    }

    @Test func findingsAboutTheConnectedAppAreInTheMetadataFile() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run([root.appendingPathComponent("acme.cyclr.yaml").path])
        #expect(Self.fired(run) == ["Acme.connectedApp-meta.xml:5:refresh-token-secret", "Acme.connectedApp-meta.xml:6:callback-url"])
        #expect(run.files.map { ($0.path as NSString).lastPathComponent } == ["acme.cyclr.yaml", "Acme.connectedApp-meta.xml"])
        let xmlFile = try #require(run.files.last)
        #expect(xmlFile.path == root.path + "/force-app/main/default/connectedApps/Acme.connectedApp-meta.xml")
        #expect(xmlFile.sourceLines[6]?.contains("<callbackUrl>") == true)
    }

    @Test func aDirectoryWalkReportsTheLinkedFileOnce() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run([root.path])
        #expect(Self.fired(run) == ["Acme.connectedApp-meta.xml:5:refresh-token-secret", "Acme.connectedApp-meta.xml:6:callback-url"])
        #expect(run.files.count == 2)
        #expect(!run.findings.contains { $0.ruleId == "service-domain-unknown" })
    }

    @Test func validProjectIsClean() throws {
        let fixed = Self.xml.replacingOccurrences(of: "callback/</callbackUrl>", with: "callback</callbackUrl>\n        <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>")
        let root = try Self.project(xml: fixed)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run([root.path])
        #expect(run.findings.filter { $0.severity != .info }.isEmpty, "\(run.findings.map(\.message))")
    }

    @Test func otherConnectedAppKeysAreReportedAndUnused() throws {
        let root = try Self.project(yaml: Self.yaml(extra: "    name: Something Else\n    oauth: { scopes: [api] }"))
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run([root.appendingPathComponent("acme.cyclr.yaml").path])
        #expect(Self.fired(run) == ["acme.cyclr.yaml:9:metadata-shadowed-key", "acme.cyclr.yaml:10:metadata-shadowed-key",
                                   "Acme.connectedApp-meta.xml:5:refresh-token-secret", "Acme.connectedApp-meta.xml:6:callback-url"])
    }

    @Test func aMissingOrWrongFileIsAMetadataPathFinding() throws {
        for metadata in ["nowhere/Acme.connectedApp-meta.xml", "force-app/setup.xml", "${APP_FILE}"] {
            let root = try Self.project(yaml: Self.yaml(metadata: metadata))
            defer { try? FileManager.default.removeItem(at: root) }
            let run = try Self.run([root.appendingPathComponent("acme.cyclr.yaml").path])
            #expect(Self.fired(run) == ["acme.cyclr.yaml:8:metadata-path"], "\(metadata)")
        }
    }

    @Test func aMalformedFileIsAnXMLSyntaxFindingInIt() throws {
        let root = try Self.project(xml: "<ConnectedApp>\n  <label>x</label>\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run([root.path])
        #expect(Self.fired(run) == ["Acme.connectedApp-meta.xml:1:xml-syntax"])
    }

    @Test func documentsLinkingOneFileShareItsFindings() throws {
        let twice = Self.yaml() + "\n---\n" + Self.yaml()
        let root = try Self.project(yaml: twice)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run([root.appendingPathComponent("acme.cyclr.yaml").path])
        #expect(Self.fired(run) == ["Acme.connectedApp-meta.xml:5:refresh-token-secret", "Acme.connectedApp-meta.xml:6:callback-url"])
    }

    @Test func twoSetupsLinkingOneFileReportItsFindingsOnce() throws {
        let root = try Self.project()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.yaml().utf8).write(to: root.appendingPathComponent("other.cyclr.yaml"))
        let run = try Self.run([root.path])
        #expect(Self.fired(run) == ["Acme.connectedApp-meta.xml:5:refresh-token-secret", "Acme.connectedApp-meta.xml:6:callback-url"])
        #expect(run.files.map { ($0.path as NSString).lastPathComponent }.sorted() == ["Acme.connectedApp-meta.xml", "acme.cyclr.yaml", "other.cyclr.yaml"])
    }

    @Test func pathsAreResolvedAsText() {
        #expect(Linter.normalizedPath("../b/./c.xml", from: "x/y") == "x/b/c.xml")
        #expect(Linter.normalizedPath("c.xml", from: ".") == "c.xml")
        #expect(Linter.normalizedPath("/abs/c.xml", from: "x") == "/abs/c.xml")
        #expect(Linter.normalizedPath("../../c.xml", from: "x") == "../c.xml")
    }
}

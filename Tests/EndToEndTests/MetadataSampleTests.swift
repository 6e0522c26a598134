import Foundation
import Testing
import TestSupport

/// The SFDX samples lint clean, and a broken one reads the way each report format says; the broken
/// samples' reports are golden-tested by GoldenSampleTests.
@Suite struct MetadataSampleTests {
    @Test func theSFDXProjectLintsClean() throws {
        let setup = try BinaryRunner.run(["--fail-on", "info", "--color", "never", "SampleConfigs/metadata/acme-project"])
        #expect(setup.status == 0, "\(setup.stdout)")
        #expect(setup.stdout == "0 errors, 0 warnings, 0 infos in 2 files\n")
        let alone = try BinaryRunner.run(["--fail-on", "info", "--service-domain", "acme-h.cyclr.com",
                                          "SampleConfigs/metadata/acme-project/force-app/main/default/connectedApps/Acme_Cyclr_Integration.connectedApp-meta.xml"])
        #expect(alone.status == 0, "\(alone.stdout)")
        // Without its global OAuth settings, as Salesforce advises: one info says what was not checked.
        let externalClientApp = try BinaryRunner.run(["--fail-on", "warning", "--color", "never", "--service-domain", "acme-h.cyclr.com",
                                                      "SampleConfigs/metadata/eca-project"])
        #expect(externalClientApp.status == 0)
        #expect(externalClientApp.stdout.hasSuffix("0 errors, 0 warnings, 1 info in 4 files\n"), "\(externalClientApp.stdout)")
        #expect(externalClientApp.stdout.contains("[eca-file-absent]"))
    }

    /// An External Client App is one unit: naming any of its files, or walking its folder, gives the same report, each file once.
    @Test(arguments: ["SampleConfigs/metadata/eca-project", "SampleConfigs/metadata/eca-retrieved"])
    func anyFileOfAnExternalClientAppLintsTheWholeApp(_ project: String) throws {
        let arguments = ["--fail-on", "info", "--color", "never", "--service-domain", "acme-h.cyclr.com"]
        let walk = try BinaryRunner.run(arguments + [project])
        let files = try #require(FileManager.default.subpaths(atPath: BinaryRunner.packageRoot.appendingPathComponent(project).path))
            .filter { $0.hasSuffix("-meta.xml") && !$0.contains("connectedApp") }
        #expect(files.count >= 4)
        for file in files {
            let named = try BinaryRunner.run(arguments + [project + "/" + file])
            #expect(named.stdout == walk.stdout, "\(file)")
        }
        let twice = try BinaryRunner.run(arguments + [project, project + "/" + files[0]])
        #expect(twice.stdout == walk.stdout)
    }

    @Test func everyReportFormatCarriesXMLPositions() throws {
        let sample = "SampleConfigs/metadata/broken/Unknown_Scopes.connectedApp-meta.xml"
        let json = try BinaryRunner.run(["--format", "json", "--service-domain", "acme-h.cyclr.com", sample])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["line"] as? Int == 10)
        #expect(findings.first?["column"] as? Int == 17)
        #expect(findings.first?["keyPath"] as? String == "salesforce.connectedApp.oauth.scopes[2]")
        let github = try BinaryRunner.run(["--format", "github", "--service-domain", "acme-h.cyclr.com", sample])
        #expect(github.stdout.contains("::error file=\(sample),line=10,col=17,endLine=10,endColumn=19,title=unknown-scope::"))
        let sarif = try BinaryRunner.run(["--format", "sarif", "--service-domain", "acme-h.cyclr.com", sample])
        #expect(sarif.stdout.contains("\"startLine\": 10") || sarif.stdout.contains("\"startLine\":10"))
    }

    @Test func aWalkReportsTheExternalClientAppScopesFileOnce() throws {
        let folder = "SampleConfigs/metadata/broken/eca"
        let walk = try BinaryRunner.run(["--color", "never", "--service-domain", "acme-h.cyclr.com", folder])
        let global = try BinaryRunner.run(["--color", "never", "--service-domain", "acme-h.cyclr.com",
                                           folder + "/extlClntAppGlobalOauthSets/Acme_Eca_glbloauth.ecaGlblOauth-meta.xml"])
        #expect(walk.stdout == global.stdout)
        #expect(walk.stdout.contains("Acme_Eca_oauth.ecaOauth-meta.xml:3:41: error: `SfapApi`"))
    }

    /// A setup YAML that links an External Client App reports the app's files from the setup, once, in a walk too.
    @Test func aLinkedExternalClientAppIsReportedFromTheSetupOnce() throws {
        let arguments = ["--fail-on", "info", "--color", "never"]
        let walk = try BinaryRunner.run(arguments + ["SampleConfigs/metadata/eca-linked"])
        let setup = try BinaryRunner.run(arguments + ["SampleConfigs/metadata/eca-linked/acme-eca.cyclr.yaml"])
        #expect(walk.stdout == setup.stdout)
        #expect(walk.stdout.hasSuffix("0 errors, 0 warnings, 1 info in 4 files\n"), "\(walk.stdout)")
        let broken = try BinaryRunner.run(arguments + ["SampleConfigs/metadata/broken/eca-linked"])
        #expect(broken.stdout.components(separatedBy: "[credential-mismatch]").count == 2)
        #expect(!broken.stdout.contains("[consumer-key-format]"), "a key Salesforce wrote is not judged by its shape")
    }

    @Test func theServiceDomainMayComeFromTheConfiguration() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/metadata/broken/Guide_Settings.connectedApp-meta.xml")
        try FileManager.default.copyItem(at: sample, to: folder.appendingPathComponent("Acme.connectedApp-meta.xml"))
        try Data("serviceDomain: acme-h.cyclr.com\n".utf8).write(to: folder.appendingPathComponent(".connectlint.yml"))
        let result = try BinaryRunner.run(["--color", "never", "Acme.connectedApp-meta.xml"], in: folder)
        #expect(result.stdout.contains("Acme.connectedApp-meta.xml:6:22: error: ") && result.stdout.contains("[callback-url]"), "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("service-domain-unknown"))
        let overridden = try BinaryRunner.run(["--color", "never", "--service-domain", "other-h.cyclr.com", "Acme.connectedApp-meta.xml"], in: folder)
        #expect(overridden.stdout.contains("other-h.cyclr.com"), "\(overridden.stdout)")
    }
}

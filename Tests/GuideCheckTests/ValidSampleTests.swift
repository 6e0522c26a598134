import Foundation
import Testing
import TestSupport
import SetupModel
import YAMLSource
@testable import LintKit
import SourceText

/// `SampleConfigs/valid/` follows the guide: no guide check may report an error or a warning there.
@Suite struct ValidSampleTests {
    static let samples: [String] = {
        let folder = Fixtures.path("SampleConfigs/valid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".cyclr.yaml") || $0.hasSuffix(".cyclr.yml") }.sorted().map { "SampleConfigs/valid/\($0)" }
    }()

    /// The Swift guide checks whose findings are more than information, which a valid setup may still show.
    static let guideChecks = RuleCatalog.builtIn.rules.filter {
        if case .swift = $0.check { return $0.severity != .info }
        return false
    }.map(\.id)

    @Test func theEverythingRightSamplesAreThere() {
        #expect(Self.samples.contains("SampleConfigs/valid/everything-right.cyclr.yaml"))
        #expect(Self.samples.contains("SampleConfigs/valid/everything-right-crlf-bom.cyclr.yaml"))
    }

    @Test(arguments: samples)
    func noGuideCheckFindsAnErrorOrWarning(sample: String) {
        let input = SourceFile.file(Fixtures.path(sample))
        #expect(!Self.setups(input).isEmpty, "\(sample) holds no readable setup")
        #expect(!Self.guideChecks.isEmpty)
        let found = RuleHarness.lint(input, path: sample).findings.filter { Self.guideChecks.contains($0.ruleId) }
        #expect(found.isEmpty, "\(sample): \(found.map { "\($0.line):\($0.column) \($0.message) [\($0.ruleId)]" })")
    }

    @Test func theBOMAndCRLFSampleReadsLikeThePlainOne() {
        let plain = Self.setups(.file(Fixtures.path("SampleConfigs/valid/everything-right.cyclr.yaml")))
        let windows = Self.setups(.file(Fixtures.path("SampleConfigs/valid/everything-right-crlf-bom.cyclr.yaml")))
        #expect(windows.count == 1)
        #expect(windows.first?.callbackURLs.map(\.url) == plain.first?.callbackURLs.map(\.url))
        #expect(windows.first?.serviceDomain?.string == "ACME-H.CYCLR.COM")
    }

    static func setups(_ input: SourceFile) -> [Setup] {
        var setups: [Setup] = []
        _ = try? YAMLStreamReader.read(input) { document in
            if let setup = SetupDecoder.decode(document).setup { setups.append(setup) }
        }
        return setups
    }
}

import Testing
import SourceText
@testable import LintKit

/// `SandboxOrgRule.mayNameSandboxOrScratch` lets the rule skip taking a URL apart: it must never say no where the full
/// reading of the URL's host finds a sandbox or scratch org.
@Suite struct SandboxHostFilterTests {
    private static let pieces = [
        "acme", "ACME", "acme--uat", "Acme--UAT", "cs42", "CS7", "cs", "csx", "c5", "test", "TEST", "sandbox", "SandBox", "scratch",
        "SCRATCH", "my", "salesforce", "force", "lightning", "com", "", "-", "brisk-otter-123", "login",
    ]
    private static let suffixes = [
        ".salesforce.com", ".my.salesforce.com", ".sandbox.my.salesforce.com", ".scratch.my.salesforce.com", ".force.com",
        ".lightning.force.com", ".SALESFORCE.COM", ".example.com", "", ".salesforce.com.",
    ]
    private static let starts = ["", "https://", "HTTPS://", "http://", "//", " https://", "user@", "https://user:pw@"]
    private static let ends = ["", "/", ":443", ":443/services", "/path?q=cs1#frag", ".", " ", "?x=--"]

    @Test func neverSkipsASandboxOrScratchHost() {
        var generator = SystemRandomNumberGenerator()
        var sandboxes = 0
        for _ in 0..<20_000 {
            let labels = (0..<Int.random(in: 1...3, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
            let host = Int.random(in: 0..<20, using: &generator) == 0 ? "test.salesforce.com"
                : labels.joined(separator: ".") + Self.suffixes.randomElement(using: &generator)!
            let text = Self.starts.randomElement(using: &generator)! + host + Self.ends.randomElement(using: &generator)!
            let fullReading = SandboxOrgRule.orgKind(ofHost: URLParts.normalizedHost(of: text.trimmingWhitespace))
            #expect(SandboxOrgRule.orgKind(ofURL: text) == fullReading, "\(text)")
            if fullReading != nil {
                sandboxes += 1
                #expect(SandboxOrgRule.mayNameSandboxOrScratch(text), "\(text)")
            }
        }
        // The generated hosts include many sandboxes, so the check above is not vacuous.
        #expect(sandboxes > 1_000)
    }

    @Test(arguments: ["https://login.salesforce.com", "stark0.my.salesforce.com", "https://acme.my.salesforce.com/", "acme.lightning.force.com"])
    func skipsAnOrdinaryHost(text: String) {
        #expect(!SandboxOrgRule.mayNameSandboxOrScratch(text))
        #expect(SandboxOrgRule.orgKind(ofURL: text) == nil)
    }

    @Test(arguments: ["https://test.salesforce.com", "acme--uat.my.salesforce.com", "https://CS42.salesforce.com",
                      "brisk-otter-123.Scratch.my.salesforce.com", "acme.SANDBOX.my.salesforce.com"])
    func keepsAHostThatMayBeOne(text: String) {
        #expect(SandboxOrgRule.mayNameSandboxOrScratch(text))
        #expect(SandboxOrgRule.orgKind(ofURL: text) != nil)
    }
}

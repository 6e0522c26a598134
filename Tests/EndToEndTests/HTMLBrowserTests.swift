import Foundation
import Testing
import TestSupport

/// The HTML report of the broken samples in a real browser (Debian's headless `chromium`): every finding
/// is in the DOM, no request leaves the page, and a screenshot is taken for people to look at.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

@Suite(.enabled(if: Chromium.path != nil || JSONSchemaValidator.isCI, "no chromium (apt-get install chromium, as .ci/run does)"))
struct HTMLBrowserTests {
    /// Opens `page` headless with a fresh profile, background networking off and a net log; the DOM as the browser built it.
    static func open(_ page: URL, in folder: URL, netLog: URL, screenshot: URL? = nil) throws -> String {
        let browser = try #require(Chromium.path, "chromium is not installed")
        let dom = folder.appendingPathComponent(page.lastPathComponent + ".dom")
        var flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=\(folder.path)/profile-\(page.lastPathComponent)",
                     "--log-net-log=\(netLog.path)"]
        flags += screenshot.map { ["--window-size=1280,1600", "--screenshot=\($0.path)"] } ?? ["--dump-dom"]
        let command = "timeout 90 \(browser) " + flags.map { "'\($0)'" }.joined(separator: " ") + " '\(page.absoluteString)' > '\(dom.path)' 2>/dev/null"
        let result = try JSONSchemaValidator.run("sh", ["-c", command])
        #expect(result.status == 0, "chromium failed: \(result.stdout)")
        return (try? String(contentsOf: dom, encoding: .utf8)) ?? ""
    }

    /// Requests the page itself made: a file:// page has an opaque origin, which the net log writes as initiator "null".
    static func pageRequests(in netLog: URL) throws -> Int {
        let log = try String(contentsOf: netLog, encoding: .utf8)
        return log.components(separatedBy: "\"initiator\":\"null\"").count - 1
    }

    @Test func everyFindingIsInTheDOMAndNothingIsFetched() throws {
        let folder = try BinaryRunner.scratchFolder()
        let page = folder.appendingPathComponent("report.html")
        let result = try BinaryRunner.run(["--format", "html=\(page.path)", "--format", "json", "--fail-on", "never", "SampleConfigs/broken"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(json?["findings"] as? [[String: Any]])
        let html = try String(contentsOf: page, encoding: .utf8)
        for loader in ["<script", "<link", "src=", "href=", "url(", "@import", "<iframe", "<object"] {
            #expect(!html.contains(loader), "the page loads something: \(loader)")
        }

        let netLog = folder.appendingPathComponent("net.json")
        let dom = try Self.open(page, in: folder, netLog: netLog)
        #expect(dom.components(separatedBy: "<article class=\"finding ").count - 1 == findings.count)
        for finding in findings {
            let location = "\(finding["path"]!):\(finding["line"]!):\(finding["column"]!)"
            #expect(dom.contains("<span class=\"location\">\(location)</span>"), "\(location) is not in the DOM")
        }
        #expect(try Self.pageRequests(in: netLog) == 0)

        // The check sees a request when there is one: the same page without its policy, with an image from elsewhere.
        let probe = folder.appendingPathComponent("probe.html")
        try Data(html.replacingOccurrences(of: "<meta http-equiv=\"Content-Security-Policy\"", with: "<meta name=\"x\"")
            .replacingOccurrences(of: "</main>", with: "<img src=\"http://probe.invalid/x.png\"></main>").utf8).write(to: probe)
        let probeLog = folder.appendingPathComponent("probe-net.json")
        _ = try Self.open(probe, in: folder, netLog: probeLog)
        #expect(try Self.pageRequests(in: probeLog) > 0)

        let screenshot = folder.appendingPathComponent("report.png")
        _ = try Self.open(page, in: folder, netLog: folder.appendingPathComponent("shot-net.json"), screenshot: screenshot)
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 20_000, "the screenshot \(screenshot.path) is missing or blank")
    }
}

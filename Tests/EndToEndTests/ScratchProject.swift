import Foundation

/// A scratch folder of files for one end-to-end test, removed when the test ends.
struct ScratchProject {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = try BinaryRunner.scratchFolder()
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func run(_ arguments: [String], in folder: String? = nil, stdin: Data? = nil) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, stdin: stdin, in: folder.map { root.appendingPathComponent($0) } ?? root)
    }

    /// The JSON report of a run, parsed.
    func json(_ arguments: [String], in folder: String? = nil) throws -> [String: Any] {
        let result = try run(arguments + ["--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object ?? [:]
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Setups for the configuration and suppression tests; they read clean today, so every finding a
/// test sees comes from the lines it adds.
enum SetupText {
    static let clean = """
    version: 1
    cyclr:
      serviceDomain: acme-h.cyclr.com
      clientId: ${SALESFORCE_CONSUMER_KEY}
      clientSecret: ${SALESFORCE_CONSUMER_SECRET}
    salesforce:
      connectedApp:
        name: Acme Cyclr Integration
        contactEmail: integrations@acme.example
        oauth:
          callbackUrls: [https://acme-h.cyclr.com/connector/callback]
          scopes: [full, refresh_token]
          requireSecretForRefreshToken: false

    """

    /// `clean` with an unknown key (`unknown-key`, a warning) on line 4.
    static let unknownKey = clean.replacingOccurrences(of: "  clientId:", with: "  regionn: eu\n  clientId:")

    static func findings(_ report: [String: Any], key: String = "findings") -> [[String: Any]] {
        report[key] as? [[String: Any]] ?? []
    }

    static func ruleIds(_ report: [String: Any], key: String = "findings") -> [String] {
        findings(report, key: key).compactMap { $0["ruleId"] as? String }
    }
}

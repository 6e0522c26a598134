import Foundation
import Testing
import TestSupport

/// `connectlint schema` through the built binary: well-formed, strict about unknown keys, and
/// accepting every valid sample and the `init` starter (validated by Python's jsonschema, with
/// PyYAML reading the YAML, from the venv `.ci/run` creates).
@Suite struct SetupSchemaTests {
    static let python: String? = {
        let venv = BinaryRunner.packageRoot.appendingPathComponent(".venv/bin/python3").path
        return [venv, "python3"].first { (try? JSONSchemaValidator.run($0, ["-c", "import jsonschema, yaml"]))?.status == 0 }
    }()

    static let script = """
    import json, sys, yaml, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    report = {}
    for path in sys.argv[2:]:
        errors = []
        for index, document in enumerate(yaml.safe_load_all(open(path, encoding="utf-8-sig").read())):
            errors += ["document %d: %s at /%s" % (index + 1, e.message, "/".join(map(str, e.absolute_path))) for e in validator.iter_errors(document)]
        report[path] = errors
    print(json.dumps(report))
    """

    /// The schema's complaints about each setup file (empty when it validates).
    static func violations(of files: [String], in folder: URL) throws -> [String: [String]] {
        let schema = try BinaryRunner.run(["schema"])
        let schemaFile = folder.appendingPathComponent("setup.schema.json")
        try Data(schema.stdout.utf8).write(to: schemaFile)
        let python = try #require(python, "no Python with jsonschema and PyYAML: run `python3 -m venv .venv && .venv/bin/pip install jsonschema pyyaml` (as .ci/run does)")
        let result = try JSONSchemaValidator.run(python, ["-c", script, schemaFile.path] + files)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String]]
        return try #require(report, "the validator failed: \(result.stdout)")
    }

    @Test func schemaIsJSONAndEveryMappingRejectsUnknownKeys() throws {
        let result = try BinaryRunner.run(["schema"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        var objects = 0
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if object["type"] as? String == "object" {
                    objects += 1
                    #expect(object["additionalProperties"] as? Bool == false)
                }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(root)
        #expect(objects == 8, "setup, cyclr, salesforce, org, connectedApp, oauth, externalClientApp, account")
        // `salesforce` is required by the connectors that use a Connected App (and when `connector` is absent).
        #expect((root["required"] as? [String]) == ["version", "cyclr"])
        #expect((root["allOf"] as? [Any])?.count == 9, "one narrowing per connector profile, and one for no `connector`")
    }

    @Test(.enabled(if: python != nil || JSONSchemaValidator.isCI, "no Python with jsonschema and PyYAML (set up .venv as .ci/run does)"))
    func everyValidSampleAndTheStarterValidate() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/valid")
        let samples = try FileManager.default.contentsOfDirectory(atPath: valid.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { valid.appendingPathComponent($0).path }
        #expect(samples.count >= 3)
        let starter = folder.appendingPathComponent("cyclr.yaml")
        try Data(try BinaryRunner.run(["init", "--service-domain", "acme-h.cyclr.com"]).stdout.utf8).write(to: starter)
        let report = try Self.violations(of: samples + [starter.path], in: folder)
        for (path, errors) in report.sorted(by: { $0.key < $1.key }) {
            #expect(errors.isEmpty, "\(path): \(errors)")
        }
        #expect(report.count == samples.count + 1)
    }

    @Test(.enabled(if: python != nil || JSONSchemaValidator.isCI, "no Python with jsonschema and PyYAML (set up .venv as .ci/run does)"))
    func theSchemaKnowsEveryConnectorsKeys() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profiles = BinaryRunner.packageRoot.appendingPathComponent("SampleConfigs/profiles")
        let valid = try FileManager.default.contentsOfDirectory(atPath: profiles.path).sorted()
            .map { profiles.appendingPathComponent($0).appendingPathComponent("valid.cyclr.yaml").path }
        var starters: [String] = []
        for connector in ["Salesforce Pardot (OAuth)", "Salesforce Chatter", "Salesforce SOAP"] {
            let starter = folder.appendingPathComponent("\(starters.count).cyclr.yaml")
            try Data(try BinaryRunner.run(["init", "--connector", connector]).stdout.utf8).write(to: starter)
            starters.append(starter.path)
        }
        let report = try Self.violations(of: valid + starters, in: folder)
        #expect(report.count == 11)
        for (path, errors) in report { #expect(errors.isEmpty, "\(path): \(errors)") }
        let wrongConnector = ["pardot/broken", "salesforce/broken", "service-cloud/broken", "pardot-oauth/missing-business-unit"]
            .map { profiles.appendingPathComponent($0 + ".cyclr.yaml").path }
        for (path, errors) in try Self.violations(of: wrongConnector, in: folder) { #expect(!errors.isEmpty, "\(path) validates") }
    }

    @Test(.enabled(if: python != nil || JSONSchemaValidator.isCI, "no Python with jsonschema and PyYAML (set up .venv as .ci/run does)"))
    func unknownKeysAndWrongTypesAreRejected() throws {
        let folder = try BinaryRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let misspelt = folder.appendingPathComponent("misspelt.cyclr.yaml")
        try Data(SetupText.clean.replacingOccurrences(of: "callbackUrls:", with: "callbackURLs:").utf8).write(to: misspelt)
        let topLevel = folder.appendingPathComponent("top.cyclr.yaml")
        try Data((SetupText.clean + "region: eu\n").utf8).write(to: topLevel)
        let wrongType = folder.appendingPathComponent("type.cyclr.yaml")
        try Data(SetupText.clean.replacingOccurrences(of: "requireSecretForRefreshToken: false", with: "requireSecretForRefreshToken: \"no\"").utf8).write(to: wrongType)
        let report = try Self.violations(of: [misspelt.path, topLevel.path, wrongType.path], in: folder)
        #expect(report[misspelt.path]?.contains { $0.contains("'callbackURLs' was unexpected") } == true, "\(report)")
        #expect(report[topLevel.path]?.contains { $0.contains("'region' was unexpected") } == true, "\(report)")
        #expect(report[wrongType.path]?.contains { $0.contains("requireSecretForRefreshToken") } == true, "\(report)")
    }
}

import Foundation
import TestSupport

/// Validates reports against JSON Schemas (SARIF 2.1.0, reviewdog's rdjson and rdjsonl) with Python's
/// `jsonschema`: the venv `.ci/run` creates (`.venv`), else a `python3` on PATH that has it.
enum JSONSchemaValidator {
    /// The copies committed with the tests, so they never depend on a path outside the repository.
    static let schema = committed("sarif-schema-2.1.0.json")
    /// reviewdog's schema of one rdjson document, and of one rdjsonl line.
    static let rdjsonSchema = committed("reviewdog-rdf/DiagnosticResult.json")
    static let rdjsonlSchema = committed("reviewdog-rdf/Diagnostic.json")
    /// The project's shared copy beside the checkout, which the committed one must equal.
    static let sharedSchema = shared("sarif-schema-2.1.0.json")

    static func committed(_ name: String) -> URL {
        BinaryRunner.packageRoot.appendingPathComponent("Tests/ReportsTests/Schemas/" + name)
    }

    static func shared(_ name: String) -> URL {
        BinaryRunner.packageRoot.appendingPathComponent("../shared/schemas/" + name).standardizedFileURL
    }

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// A Python that can import jsonschema, or nil.
    static let python: String? = {
        let venv = BinaryRunner.packageRoot.appendingPathComponent(".venv/bin/python3").path
        for candidate in [venv, "python3"] where (try? run(candidate, ["-c", "import jsonschema"]))?.status == 0 {
            return candidate
        }
        return nil
    }()

    /// Without a validator the schema tests run anyway in CI, where they fail loudly; elsewhere they are skipped.
    static var shouldRun: Bool { python != nil || isCI }

    static let missingValidator = "no Python with jsonschema: run `python3 -m venv .venv && .venv/bin/pip install jsonschema` (as .ci/run does)"

    private static let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    report = {}
    lines = sys.argv[2] == "lines"
    for path in sys.argv[3:]:
        try:
            text = open(path, encoding="utf-8").read()
            documents = [json.loads(line) for line in text.splitlines()] if lines else [json.loads(text)]
        except Exception as error:
            report[path] = ["not JSON: %s" % error]
            continue
        report[path] = ["%s at /%s" % (e.message, "/".join(map(str, e.absolute_path)))
                        for document in documents for e in validator.iter_errors(document)]
    print(json.dumps(report))
    """

    /// The schema violations of each file (empty when it validates); with `jsonLines`, of each line of it.
    static func violations(of files: [URL], schema: URL = schema, jsonLines: Bool = false) throws -> [String: [String]] {
        guard let python else { throw ValidatorMissing() }
        let result = try run(python, ["-c", script, schema.path, jsonLines ? "lines" : "document"] + files.map(\.path))
        guard result.status == 0, let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String]] else {
            throw ValidatorFailed(output: result.stdout)
        }
        return report
    }

    struct ValidatorMissing: Error, CustomStringConvertible {
        var description: String { JSONSchemaValidator.missingValidator }
    }

    struct ValidatorFailed: Error, CustomStringConvertible {
        let output: String
        var description: String { "the schema validator failed: \(output)" }
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [executable] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

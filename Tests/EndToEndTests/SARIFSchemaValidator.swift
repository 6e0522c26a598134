import Foundation
import TestSupport

/// Validates SARIF files against the official 2.1.0 schema with Python's `jsonschema`: the venv
/// `.ci/run` creates (`.venv`), else a `python3` on PATH that has it.
enum SARIFSchemaValidator {
    /// The copy committed with the tests, so they never depend on a path outside the repository.
    static let schema = BinaryRunner.packageRoot.appendingPathComponent("Tests/ReportsTests/Schemas/sarif-schema-2.1.0.json")
    /// The project's shared copy beside the checkout, which the committed one must equal.
    static let sharedSchema = BinaryRunner.packageRoot.appendingPathComponent("../shared/schemas/sarif-schema-2.1.0.json").standardizedFileURL

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
    for path in sys.argv[2:]:
        try:
            document = json.load(open(path, encoding="utf-8"))
        except Exception as error:
            report[path] = ["not JSON: %s" % error]
            continue
        report[path] = ["%s at /%s" % (e.message, "/".join(map(str, e.absolute_path))) for e in validator.iter_errors(document)]
    print(json.dumps(report))
    """

    /// The schema violations of each file (empty when it validates).
    static func violations(of files: [URL]) throws -> [String: [String]] {
        guard let python else { throw ValidatorMissing() }
        let result = try run(python, ["-c", script, schema.path] + files.map(\.path))
        guard result.status == 0, let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String]] else {
            throw ValidatorFailed(output: result.stdout)
        }
        return report
    }

    struct ValidatorMissing: Error, CustomStringConvertible {
        var description: String { SARIFSchemaValidator.missingValidator }
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

import Foundation
import Testing
import TestSupport

/// `connectlint lsp` driven by a real LSP client: the pytest-lsp scenarios in Tests/LanguageServerClient, run with
/// the venv `.ci/run` sets up. In CI (`CI=true`) a missing venv is a failure, never a silent pass.
@Suite(.enabled(if: PytestLSP.python != nil || JSONSchemaValidator.isCI, "no Python with pytest-lsp (set up .venv as .ci/run does)"))
struct LanguageServerClientTests {

    @Test func theEditorScenariosPassWithPushAndPullClients() throws {
        guard let python = PytestLSP.python else {
            Issue.record("no Python with pytest-lsp: run `.venv/bin/pip install pytest-lsp` (as .ci/run does)")
            return
        }
        let tests = BinaryRunner.packageRoot.appendingPathComponent("Tests/LanguageServerClient").path
        let result = try JSONSchemaValidator.run(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", tests, tests],
                                                  environment: ["CONNECTLINT_BINARY": BinaryRunner.executable.path, "PYTHONDONTWRITEBYTECODE": "1"])
        #expect(result.status == 0, "pytest-lsp scenarios failed:\n\(result.stdout)")
        #expect(result.stdout.contains(" passed"), "\(result.stdout)")
    }
}

enum PytestLSP {
    /// The venv's Python when it has pytest-lsp, else nil.
    static let python: String? = {
        let venv = BinaryRunner.packageRoot.appendingPathComponent(".venv/bin/python3").path
        return (try? JSONSchemaValidator.run(venv, ["-c", "import pytest_lsp"]))?.status == 0 ? venv : nil
    }()
}

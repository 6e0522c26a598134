import LintKit
import Testing

@Suite struct GlobTests {
    @Test(arguments: [
        ("**/*.cyclr.yaml", "a.cyclr.yaml", true),
        ("**/*.cyclr.yaml", "x/y/z/a.cyclr.yaml", true),
        ("**/*.cyclr.yaml", "x/a.cyclr.yml", false),
        ("fixtures/**", "fixtures/a/b.cyclr.yaml", true),
        ("fixtures/**", "src/fixtures/b.cyclr.yaml", false),
        ("fixtures/", "fixtures/b.cyclr.yaml", true),
        ("*.cyclr.yaml", "deep/er/b.cyclr.yaml", true),
        ("draft-?.yaml", "x/draft-1.yaml", true),
        ("draft-?.yaml", "x/draft-12.yaml", false),
        ("setups/*/[a-c]*.yaml", "setups/eu/acme.yaml", true),
        ("setups/*/[!a-c]*.yaml", "setups/eu/acme.yaml", false),
        ("setups/*.yaml", "setups/eu/acme.yaml", false),
        ("a/**/b/*.yaml", "a/b/x.yaml", true),
        ("a/**/b/*.yaml", "a/1/2/b/x.yaml", true),
        ("./a/*.yaml", "a/x.yaml", true),
        ("/a/*.yaml", "a/x.yaml", true),
        ("a\\*.yaml", "a*.yaml", true),
        ("a\\*.yaml", "ab.yaml", false),
        ("*a*b*c", "xaxxbxxc", true),
        ("*a*b*c", "xaxxcxxb", false),
        ("**/a/**/b", "a/b", true),
        ("**/a/**/b", "x/a/y/z/b", true),
        ("**/a/**/b", "x/b/a", false),
        ("a/**", "a", true),
        ("a/**/**/c/**", "a/c", true),
        ("**/a/**/a/**/a/**/b", "a/a/a/a/b", true),
        ("**/a/**/a/**/a/**/b", "a/x/a/b", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    /// Many `**` against a deep path: each way of splitting the path among them was tried in turn (10 of them and 60
    /// folders did not finish in 20 s).
    @Test(.timeLimit(.minutes(1))) func manyAnyFolderSegmentsOnADeepPath() throws {
        let glob = try Glob(Array(repeating: "**/a", count: 10).joined(separator: "/") + "/**/b/**")
        let deep = Array(repeating: "a", count: 60).joined(separator: "/")
        #expect(!glob.matches(deep + "/x.cyclr.yaml"))
        #expect(glob.matches(deep + "/b/x.cyclr.yaml"))
    }

    @Test(arguments: ["", "  ", "a**", "**b/c", "[abc", "x\\", "/"])
    func rejectsBadPatterns(pattern: String) {
        #expect(throws: Glob.Problem.self) { try Glob(pattern) }
    }
}

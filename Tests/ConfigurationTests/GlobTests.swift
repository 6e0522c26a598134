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
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    @Test(arguments: ["", "  ", "a**", "**b/c", "[abc", "x\\", "/"])
    func rejectsBadPatterns(pattern: String) {
        #expect(throws: Glob.Problem.self) { try Glob(pattern) }
    }
}

import Foundation
import Testing
import SourceText

/// `StandardPath` gives what Foundation's `standardizedFileURL.path` does, and works on standard paths as text.
@Suite struct StandardPathTests {
    @Test(arguments: ["/", "/a", "/a/b", "/a/b/", "/a//b", "/a/./b", "/a/../b", "/a/b/..", "/a/b/.", "a/b", "b", ".",
                      "/work/main/.connectlint.yml", "/a/.hidden/b", "/a/..b/c", "/a/b.../c"])
    func agreesWithFoundation(path: String) {
        #expect(StandardPath.of(path) == URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    @Test func standardPathsAreLeftAlone() {
        #expect(StandardPath.isStandard("/a/b") && StandardPath.isStandard("/") && StandardPath.isStandard("/a/.hidden"))
        #expect(!StandardPath.isStandard("/a/") && !StandardPath.isStandard("a") && !StandardPath.isStandard("/a/../b"))
    }

    @Test func parentsAndChildren() {
        #expect(StandardPath.parent(of: "/a/b") == "/a")
        #expect(StandardPath.parent(of: "/a") == "/")
        #expect(StandardPath.parent(of: "/") == "/")
        #expect(StandardPath.appending("x", to: "/") == "/x")
        #expect(StandardPath.appending("x", to: "/a") == "/a/x")
    }
}

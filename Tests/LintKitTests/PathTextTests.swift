import Foundation
import SourceText
import Testing

/// PathText stands in for NSString's path methods, which connectlint used before it left Foundation out.
@Suite struct PathTextTests {
    /// Paths with a slash: Foundation on Linux traps on a lone name such as `a` (checked below on its own).
    static let paths = ["a/b", "", "/", "/a", "/a/", "a/b/", "a//b", "./a", "../a/b", "/a/b/c.cyclr.yaml", "setups/x.connectedApp-meta.xml"]

    @Test func partsAreThoseNSStringGives() {
        for path in Self.paths {
            #expect(PathText.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent, "\(path)")
            #expect(PathText.lastComponent(path) == (path as NSString).lastPathComponent, "\(path)")
        }
    }

    @Test func aLoneNameIsItsOwnLastComponentInNoFolder() {
        #expect(PathText.deletingLastComponent("a") == "")
        #expect(PathText.lastComponent("a") == "a")
        #expect(PathText.appending("x.yaml", to: "a") == "a/x.yaml")
    }

    @Test func joinsAsNSStringJoins() {
        for path in Self.paths where !path.isEmpty && !path.contains("//") {
            #expect(PathText.appending("x.yaml", to: path) == (path as NSString).appendingPathComponent("x.yaml"), "\(path)")
        }
    }
}

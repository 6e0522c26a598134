import Foundation
import LintKit
import Testing

/// `.connectlint.yml` reads null, keys and repeats the way setups and rule files do.
@Suite struct ConfigurationLoaderTests {
    static func load(_ text: String) throws -> Configuration {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("connectlint-\(UUID().uuidString).yml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ConfigurationLoader.load(path: path)
    }

    static func problem(_ text: String) -> String {
        do {
            _ = try load(text)
            return "loaded"
        } catch let error as ConfigurationError {
            return (error.range.map { "\($0.start.line):\($0.start.column): " } ?? "") + error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func everyNullSpellingSetsNothing() throws {
        let configuration = try Self.load("serviceDomain: ~\nexclude: NULL\nfailOn:\ncustomRules: Null\n")
        #expect(configuration.serviceDomain == nil && configuration.failOn == nil)
        #expect(configuration.exclude.isEmpty && configuration.customRules.isEmpty)
    }

    @Test func aQuotedOrTaggedNullSpellingIsText() throws {
        #expect(try Self.load("serviceDomain: '~'\n").serviceDomain == "~")
        #expect(try Self.load("serviceDomain: !!str\n").serviceDomain == "")
    }

    @Test func aKeyWrittenAsAnAliasIsTheKeyItStandsFor() throws {
        #expect(Self.problem("rules:\n  &id unknown-key: off\n  *id : warning\n") == "3:3: `unknown-key` is set twice (first on line 2)")
    }

    @Test func theKeysOfAMappingAreCheckedBeforeItsValues() throws {
        #expect(Self.problem("rules:\n  a: off\n  a: off\nexlude: x\n") == "4:1: unknown key `exlude`; did you mean `exclude`?")
    }
}

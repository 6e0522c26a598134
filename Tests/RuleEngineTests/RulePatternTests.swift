import Foundation
import Testing
@testable import RuleFiles

/// Custom rules' `pattern` and `not-pattern` are Swift regular expressions; they once were Foundation's
/// (ICU's), and the expressions people write must find the same matches.
@Suite struct RulePatternTests {
    static let patterns = [
        #"^https://"#, #"\.cyclr\.com$"#, #"^[A-Za-z0-9_]+$"#, #"(?i)^prod"#, #"\d{3,}"#, #"localhost|127\.0\.0\.1"#,
        #"^3MVG9[A-Za-z0-9._=+/]{20,251}$"#, #"\bapi\b"#, #"^\s*$"#, #"[^\x00-\x7F]"#, #"(ab)+c?"#, #"^.{1,80}$"#,
    ]
    static let texts = [
        "https://acme-h.cyclr.com/connector/callback", "http://localhost:8080", "acme.cyclr.com", "Prod_Org_1",
        "production", "3MVG9abcdefghijklmnopqrstuvwxyz0123", "my api key", "rapid", "  ", "", "Zürich", "ababc",
        String(repeating: "x", count: 81), "line1\nline2", "127.0.0.1",
    ]

    @Test func matchesAsFoundationsRegularExpressionsDid() throws {
        for source in Self.patterns {
            let pattern = try RulePattern(.string(source), check: "pattern")
            let foundation = try NSRegularExpression(pattern: source)
            for text in Self.texts {
                let expected = foundation.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(pattern.matches(text) == expected, "`\(source)` on `\(text)`")
            }
        }
    }

    @Test func anInvalidExpressionIsRefused() {
        for source in ["(", "[", "a{2,1}", "*"] {
            #expect(throws: RuleParameterError.self) { try RulePattern(.string(source), check: "pattern") }
        }
    }
}

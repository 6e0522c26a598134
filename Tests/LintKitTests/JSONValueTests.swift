import Foundation
import Testing
@testable import LintKit

/// Strings are escaped as JSON requires, and U+2028 and U+2029 too (JavaScript reads them as line breaks);
/// other characters, `›` among them, are written as they are.
@Suite struct JSONValueTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("Setup › Apps › `x`", #""Setup › Apps › `x`""#),
        ("quote \" backslash \\ end", #""quote \" backslash \\ end""#),
        ("lines\nand\r\ttabs", #""lines\nand\r\ttabs""#),
        ("nul \u{0} bell \u{7} delete \u{7F}", #""nul \u0000 bell \u0007 delete \u007f""#),
        ("separators \u{2028} and \u{2029}, then \u{2027} and \u{202A}", #""separators \u2028 and \u2029, then ‧ and \#u{202A}""#),
        ("ends with a lead byte's character \u{2000}", "\"ends with a lead byte's character \u{2000}\""),
        ("", #""""#),
    ] as [(String, String)])
    func stringsAreEscaped(text: String, json: String) throws {
        #expect(JSONValue.string(text).rendered(pretty: false) == json)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text)
    }
}

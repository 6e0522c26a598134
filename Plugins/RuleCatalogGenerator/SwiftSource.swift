import RuleFiles
import SetupModel

/// A value the generator writes as the Swift expression that constructs it.
protocol SwiftSourceRepresentable {
    var swiftSource: String { get }
}

extension String: SwiftSourceRepresentable {
    /// A Swift string literal for any text: quotes, backslashes and control characters escaped.
    var swiftSource: String {
        var literal = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\t": literal += "\\t"
            case "\r": literal += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar == "\u{FEFF}" {
                    literal += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }
}

extension Bool: SwiftSourceRepresentable {
    var swiftSource: String { String(self) }
}

extension Int: SwiftSourceRepresentable {
    var swiftSource: String { String(self) }
}

extension Optional: SwiftSourceRepresentable where Wrapped: SwiftSourceRepresentable {
    var swiftSource: String { map(\.swiftSource) ?? "nil" }
}

extension Array: SwiftSourceRepresentable where Element: SwiftSourceRepresentable {
    var swiftSource: String { "[" + map(\.swiftSource).joined(separator: ", ") + "]" }
}

extension Set: SwiftSourceRepresentable where Element: SwiftSourceRepresentable {
    /// Sorted, so that the generated file is the same from build to build.
    var swiftSource: String { "[" + map(\.swiftSource).sorted().joined(separator: ", ") + "]" }
}

/// An enum whose cases carry nothing, written as `.caseName`.
protocol SwiftEnumCase: SwiftSourceRepresentable {}

extension SwiftEnumCase {
    var swiftSource: String { ".\(self)" }
}

extension Severity: SwiftEnumCase {}
extension RuleNeed: SwiftEnumCase {}
extension RuleInput: SwiftEnumCase {}
extension RuleTag: SwiftEnumCase {}
extension Fix.Applicability: SwiftEnumCase {}
extension ScopeGroup.Kind: SwiftEnumCase {}

/// What Salesforce's consumer keys and secrets look like (reference/salesforce-facts.md, "Keys and secrets").
/// Salesforce documents neither format, so these shapes back warnings and the swap check only.
enum CredentialShape {
    static let keyPrefix = "3MVG9"
    static let keyTailLength = 20...251

    /// What keeps `text` from looking like a consumer key, as a phrase that never quotes the text, or nil.
    static func consumerKeyProblem(in text: String) -> String? {
        let scalars = text.unicodeScalars
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true { return "has white space around it" }
        guard text.hasPrefix(keyPrefix) else { return "does not start with `\(keyPrefix)`" }
        if let index = scalars.firstIndex(where: { !isKeyCharacter($0) }) {
            let column = scalars.distance(from: scalars.startIndex, to: index) + 1
            return "has a character consumer keys never hold (character \(column))"
        }
        let length = scalars.count
        let allowed = (keyPrefix.count + keyTailLength.lowerBound)...(keyPrefix.count + keyTailLength.upperBound)
        guard allowed.contains(length) else {
            return "is \(length) characters long, where consumer keys have \(allowed.lowerBound) to \(allowed.upperBound)"
        }
        return nil
    }

    /// A key starts with the prefix, byte for byte: most texts are told apart by that, without building the problem.
    static func looksLikeConsumerKey(_ text: String) -> Bool { text.utf8.starts(with: keyPrefix.utf8) && consumerKeyProblem(in: text) == nil }

    /// How `text` looks like a consumer secret ("64 hexadecimal characters", "19 digits"), or nil.
    static func consumerSecretForm(of text: String) -> String? {
        // Digits and hexadecimal digits are a byte each: a text of another byte count is neither, and is not counted by scalar.
        guard text.utf8.count == 19 || text.utf8.count == 64 else { return nil }
        let scalars = text.unicodeScalars
        if scalars.count == 19, scalars.allSatisfy(\.isASCIIDigit) { return "19 digits" }
        if scalars.count == 64, scalars.allSatisfy({ $0.isASCIIDigit || ("a"..."f").contains($0) || ("A"..."F").contains($0) }) {
            return "64 hexadecimal characters"
        }
        return nil
    }

    private static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIILetter || scalar.isASCIIDigit || "._=+/".unicodeScalars.contains(scalar)
    }
}

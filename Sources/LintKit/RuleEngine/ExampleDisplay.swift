import SetupModel
import YAMLSource
import SourceText
import RuleFiles

extension RuleExample {
    /// The example's lines as `explain` shows them: every value a rule judges secret (a literal
    /// `clientSecret`, a Client ID shaped like a secret, a metadata file's `<consumerSecret>`) masked, as in reports.
    public func displayedLines(rules: [DocumentRule] = RuleEngine.documentRules(for: .builtIn)) -> [String] {
        var secrets: [SourceRange] = []
        if MetadataFileKind(fileName: fileName) != nil {
            secrets += MetadataXMLReader.read(Array(yaml.utf8)).root.map(Self.consumerSecrets) ?? []
        } else {
            _ = try? YAMLStreamReader.read(.bytes(Array(yaml.utf8))) { document in
                guard let setup = SetupDecoder.decode(document, profiles: .builtIn).setup else { return }
                secrets += setup.secrets.map(\.range)
                for rule in rules { secrets += rule.check.secrets(in: setup).map(\.range) }
            }
        }
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.enumerated().map { index, line in SourceLines.mask(line, line: index + 1, secrets: secrets) }
    }

    /// The text of every `<consumerSecret>` of a metadata example, at any depth.
    private static func consumerSecrets(in element: XMLElementNode) -> [SourceRange] {
        (element.name == "consumerSecret" ? [element.trimmedText.range] : []) + element.children.flatMap(consumerSecrets)
    }
}

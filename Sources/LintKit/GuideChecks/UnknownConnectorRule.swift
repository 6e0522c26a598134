import SetupModel
import SourceText
import RuleFiles

/// `unknown-connector`: no profile answers to the setup's `connector`; it is checked with the fallback profile.
struct UnknownConnectorRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        guard !setup.connectorIsKnown, let node = setup.connector, let name = node.literal, let profile = setup.profile else { return [] }
        let known = setup.knownConnectors
        let suggestion = ProfileSuggestion.closest(to: name, among: known)
        return [finding("\(quoted(name)) is not a connector connectlint has a profile for, so it is checked as `\(profile.name)`"
                            + Suggestions.didYouMean(suggestion),
                        at: node,
                        help: "Write the connector's name as Cyclr's Application Connector Library shows it ("
                            + known.map { "`\($0.name)`" }.joined(separator: ", ") + "), or describe it in a profile of your own (`profiles:` in .connectlint.yml).")]
    }
}

/// The profile a mistyped connector name most likely meant: the closest name or alias by edit
/// distance, else the one sharing the most words other than "Salesforce".
public enum ProfileSuggestion {
    public static func closest(to name: String, among profiles: [ConnectorProfile]) -> String? {
        let owners = profiles.flatMap { profile in profile.names.map { ($0, profile.name) } }
        if let match = Suggestions.closest(to: name, among: owners.map(\.0)) { return owners.first { $0.0 == match }?.1 }
        let wanted = words(name)
        let scored = profiles.map { ($0.name, $0.names.map { words($0).intersection(wanted).count }.max() ?? 0) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        return best.0
    }

    private static func words(_ name: String) -> Set<String> {
        Set(name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)).subtracting(["salesforce"])
    }
}

import LintKit
import Reports
import SetupModel
import RuleFiles

enum RulesFormat: String, CaseIterable, ArgumentValue {
    case text, json
}

struct RulesCommand: ParsedCommand {
    static let format: Declared<RulesFormat> = .option("--format", help: "Output format: text (a table) or json (a list of rule objects).",
                                                       default: .text)
    static let spec = CommandSpec(Self.self, name: "rules", abstract: "List the rule catalogue: id, default severity and title of every rule.",
                                  groups: [CatalogOptions.group, ParameterGroup(format.parameter)])

    let catalogOptions: CatalogOptions
    let format: RulesFormat

    init(_ parsed: ParsedValues) throws {
        catalogOptions = try CatalogOptions(parsed)
        format = try parsed[Self.format]
    }

    func run() throws {
        let options = try catalogOptions.lintOptions().0
        let catalog = options.catalog
        switch format {
        case .text: print(Self.table(catalog) + "\n" + Self.profileTable(options.profiles), terminator: "")
        case .json: print(JSONValue.array(catalog.rules.map(Self.json)).rendered())
        }
    }

    static func table(_ catalog: RuleCatalog) -> String {
        let idWidth = max(2, catalog.rules.map(\.id.count).max() ?? 0)
        let severityWidth = "severity".count
        let fixWidth = "unsafe".count
        func row(_ id: String, _ severity: String, _ fix: String, _ title: String) -> String {
            id.padded(to: idWidth) + "  "
                + severity.padded(to: severityWidth) + "  "
                + fix.padded(to: fixWidth) + "  " + title + "\n"
        }
        var text = row("ID", "SEVERITY", "FIX", "TITLE")
        for rule in catalog.rules { text += row(rule.id, rule.severity.rawValue, rule.autofix?.rawValue ?? "-", rule.title) }
        return text + "\n\(catalog.rules.count) rules, \(catalog.rules.filter { $0.autofix != nil }.count) of them fixable "
            + "(safe: --fix, unsafe: --unsafe-fixes); `connectlint explain RULE-ID` tells more of one.\n"
    }

    /// The connector profiles a setup's `connector` may name, built-in and custom.
    static func profileTable(_ profiles: ConnectorProfiles) -> String {
        let nameWidth = max("CONNECTOR".count, profiles.all.map(\.name.count).max() ?? 0)
        func row(_ name: String, _ oauth: String, _ file: String) -> String {
            name.padded(to: nameWidth) + "  " + oauth.padded(to: 13) + "  " + file + "\n"
        }
        var text = row("CONNECTOR", "CONNECTED APP", "PROFILE")
        for profile in profiles.all { text += row(profile.name, profile.usesConnectedApp ? "yes" : "no", profile.file) }
        return text + "\n\(profiles.all.count) connector profiles; a setup names one with `connector:` (default `\(SetupSchema.defaultConnector)`).\n"
    }

    static func json(_ rule: RuleDescription) -> JSONValue {
        var fix: [(String, JSONValue)] = [("summary", .string(rule.fix.summary))]
        if let lightning = rule.fix.lightning { fix.append(("lightning", .string(lightning))) }
        if let classic = rule.fix.classic { fix.append(("classic", .string(classic))) }
        if let cyclr = rule.fix.cyclr { fix.append(("cyclr", .string(cyclr))) }
        return .object([
            ("id", .string(rule.id)),
            ("severity", .string(rule.severity.rawValue)),
            ("title", .string(rule.title)),
            ("rationale", .string(rule.rationale)),
            ("guide", .string(rule.guide)),
            ("fix", .object(fix)),
            ("autofix", rule.autofix.map { .string($0.rawValue) } ?? .null),
            ("file", .string(rule.file)),
        ])
    }
}

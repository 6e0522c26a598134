import SetupModel
import RuleFiles

/// A guide-specific check (SPEC §3.2) written in Swift. `Rules/ID.yaml` declares its rule with
/// `check: swift`, and the build generates its entry in `GuideCheckRegistry`: the type is named after
/// the rule id (`callback-url` -> `CallbackUrlRule`) and lives in a file of that name in this folder.
/// Checks run on every document and most find nothing, so a help line is built lazily (`lazy var help`), for findings only.
protocol GuideCheck: SetupCheck {}

extension GuideCheck {
    /// A finding at `node`'s value. Without `help`, the finding shows the rule's `fix`.
    func finding(_ message: String, at node: SetupNode, help: String? = nil, severity: Severity? = nil) -> CheckFinding {
        CheckFinding(message: message, range: node.range, keyPath: node.keyPath, help: help, severity: severity, file: node.origin.file)
    }

    /// A finding at the key that holds `node` (a thing missing from it).
    func finding(_ message: String, atKeyOf node: SetupNode, help: String? = nil, severity: Severity? = nil) -> CheckFinding {
        CheckFinding(message: message, range: node.keyRange, keyPath: node.keyPath, help: help, severity: severity, file: node.origin.file)
    }

    /// A finding about `key`, which `parent` lacks: it points at the key that holds `parent`.
    func finding(_ message: String, missing key: String, in parent: SetupNode, help: String? = nil,
                 severity: Severity? = nil) -> CheckFinding {
        CheckFinding(message: message, range: parent.keyRange, keyPath: KeyPaths.child(key, of: parent.keyPath), help: help, severity: severity, file: parent.origin.file)
    }

    /// A finding about a blank value: at the value when it shows as text (`""`), else at its key.
    func finding(_ message: String, blank node: SetupNode, help: String? = nil) -> CheckFinding {
        let showsText = node.range.end > node.range.start && node.string != nil
        return CheckFinding(message: message, range: showsText ? node.range : node.keyRange, keyPath: node.keyPath, help: help,
                            file: node.origin.file)
    }
}

/// Where a fix is made, for help lines: Salesforce Setup as `salesforce.ui` says, or the Cyclr console.
enum FixLocation {
    /// The Connected App's edit page in Salesforce Setup, Lightning or Classic (an External Client App's settings page).
    static func connectedApp(_ setup: Setup) -> String {
        let app = appName(setup)
        if let manager = externalClientAppManager(setup) { return "\(manager) › \(app) › Edit Settings" }
        return setup.usesClassicUI
            ? "Setup › Build › Create › Apps › Connected Apps › \(app) › Edit"
            : "Setup › Platform Tools › Apps › App Manager › \(app) › Edit"
    }

    /// The Connected App's page that reveals its Consumer Key and Secret.
    static func consumerDetails(_ setup: Setup) -> String {
        let app = appName(setup)
        if let manager = externalClientAppManager(setup) { return "\(manager) › \(app) › Settings › OAuth Settings › Consumer Key and Secret" }
        return setup.usesClassicUI
            ? "Setup › Build › Create › Apps › Connected Apps › \(app) › Manage Consumer Details"
            : "Setup › Platform Tools › Apps › App Manager › \(app) › View › Manage Consumer Details"
    }

    /// The Connected App's OAuth policies (refresh token policy), on its Manage page rather than its edit page.
    static func oauthPolicies(_ setup: Setup) -> String {
        let app = appName(setup)
        if let manager = externalClientAppManager(setup) { return "\(manager) › \(app) › Edit Policies › OAuth Policies" }
        return setup.usesClassicUI
            ? "Setup › Administer › Manage Apps › Connected Apps › \(app) › Edit Policies › OAuth Policies"
            : "Setup › Platform Tools › Apps › App Manager › \(app) › Manage › Edit Policies › OAuth Policies"
    }

    /// The OAuth section of the Connected App's edit page.
    static func oauthSettings(_ setup: Setup) -> String {
        connectedApp(setup) + (externalClientAppManager(setup) == nil ? " › API (Enable OAuth Settings)" : " › OAuth Settings")
    }

    /// Where External Client Apps are edited (Lightning only), when the setup's app is one.
    private static func externalClientAppManager(_ setup: Setup) -> String? {
        guard setup.connectedApp?.origin.format == .externalClientApp else { return nil }
        return "Setup › Apps › External Client Apps › External Client App Manager"
    }

    /// Where the partner-level Client ID and Client Secret are entered in the Cyclr console.
    static func cyclrConnectorSetup(_ setup: Setup) -> String {
        let connector = setup.connector?.literal ?? "Salesforce"
        return "Cyclr console › Connectors › Application Connector Library › \(connector) › Setup Required"
    }

    /// The Connected App as navigation shows it: its name, or "your app".
    private static func appName(_ setup: Setup) -> String {
        setup.connectedApp?["name"]?.literal.map { quoted($0, limit: 80) } ?? "your app"
    }

    static let cyclrServiceDomain = "Cyclr console › Settings › General Settings"
}

/// Quotes a value for a message in backquotes, shortened so one long value cannot flood a report, with
/// control characters written as `\u{1B}` so that a value cannot steer the terminal showing the report.
func quoted(_ text: String, limit: Int = 100) -> String {
    var shown = "`"
    var count = 0
    for scalar in text.unicodeScalars {
        guard count < limit else {
            shown += "…"
            break
        }
        if scalar.isControl {
            shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        } else {
            shown.unicodeScalars.append(scalar)
        }
        count += 1
    }
    return shown + "`"
}

func quoted(_ scalar: Unicode.Scalar) -> String { quoted(String(scalar)) }

private extension Unicode.Scalar {
    /// General category Cc, which Unicode fixes for good as these 65 code points: no property table to look up.
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

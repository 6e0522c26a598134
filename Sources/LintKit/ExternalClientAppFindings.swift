import SetupModel
import SourceText
import RuleFiles

/// The findings about an External Client App's files themselves: which are absent, and a committed global OAuth file.
enum ExternalClientAppFindings {
    /// The settings each file holds, as rules name what they need.
    static let needs: [MetadataFileKind: RuleNeed] = [
        .externalClientApp: .appDetails, .externalClientAppGlobalOauth: .oauthFlow, .externalClientAppOauth: .scopes,
        .externalClientAppOauthPolicies: .oauthPolicies,
    ]

    /// One `eca-file-absent` per absent file that holds a guide setting, at the root of `primary`.
    static func absentFiles(besides read: Set<MetadataFileKind>, application: String?, at primary: ExternalClientAppFiles.File) -> [Diagnostic] {
        let name = application ?? "NAME"
        let absent: [(MetadataFileKind, String)] = [
            (.externalClientApp, "the app's header `\(name).eca-meta.xml` is not here, so its name, contact email and API name are not checked"),
            (.externalClientAppGlobalOauth, "the global OAuth settings (`*.ecaGlblOauth-meta.xml`) are not in the repository, as Salesforce advises, "
                + "so the callback URL and \"Require Secret for Refresh Token Flow\" are not checked here"),
            (.externalClientAppOauth, "no OAuth settings file (`*.ecaOauth-meta.xml`) of `\(name)` is here, so its OAuth scopes are not checked"),
            (.externalClientAppOauthPolicies, "no OAuth policies file (`*.ecaOauthPlcy-meta.xml`) of `\(name)` is here, so its refresh token policy is not checked"),
        ]
        return absent.filter { !read.contains($0.0) }.map { kind, message in
            Diagnostic(ruleId: RuleID.ecaFileAbsent.rawValue, message: message, range: primary.root.nameRange,
                       help: "Keep `\(kind.sfdxFolder)/` beside this file's folder (or the file beside this one), naming `\(name)` in `<externalClientApplication>`, "
                           + "to have it checked too.", file: primary.index)
        }
    }

    /// `eca-global-oauth-committed`: a warning for the file, an error at each `<consumerSecret>` it holds.
    static func committedGlobalSettings(_ global: ExternalClientAppFiles.File) -> [Diagnostic] {
        let rule = RuleID.ecaGlobalOauthCommitted.rawValue
        var found = [Diagnostic(ruleId: rule, message: "the global OAuth settings file is in the repository, but Salesforce says it \"must not be added to source control\"",
                                range: global.root.nameRange, file: global.index)]
        for secret in global.root.children(named: "consumerSecret") {
            found.append(Diagnostic(ruleId: rule, message: "the global OAuth settings file holds the app's `<consumerSecret>`, so everyone who can read the repository can use it",
                                    range: secret.nameRange,
                                    help: "Rotate the consumer secret in Setup › External Client App Manager › (your app) › Settings › OAuth Settings, "
                                        + "then remove this file from the repository and its history, and add `**/*.ecaGlblOauth-meta.xml` to `.forceignore` and `.gitignore`.",
                                    severity: .error, file: global.index))
        }
        return found
    }
}

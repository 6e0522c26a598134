import SetupModel

extension ConnectorProfile: SwiftSourceRepresentable {
    var swiftSource: String {
        """
        ConnectorProfile(
                name: \(name.swiftSource), aliases: \(aliases.swiftSource), usesConnectedApp: \(usesConnectedApp.swiftSource),
                scopeGroups: \(scopeGroups.swiftSource),
                values: \(values.swiftSource),
                callbackURL: \(callbackURL.swiftSource),
                summary: \(summary.swiftSource),
                file: \(file.swiftSource))
        """
    }
}

extension ScopeGroup: SwiftSourceRepresentable {
    var swiftSource: String {
        "ScopeGroup(kind: \(kind.swiftSource), anyOf: \(anyOf.swiftSource), add: \(add.swiftSource), "
            + "missing: \(missing.swiftSource), restricted: \(restricted.swiftSource))"
    }
}

extension OAuthScope: SwiftSourceRepresentable {
    /// The catalogue's own scope, looked up by the id the profile reader resolved.
    var swiftSource: String { "ScopeCatalog.scope(named: \(id.swiftSource))!" }
}

extension ProfileValue: SwiftSourceRepresentable {
    var swiftSource: String {
        "ProfileValue(name: \(name.swiftSource), label: \(label.swiftSource), type: \(type.swiftSource), "
            + "required: \(required.swiftSource), secret: \(secret.swiftSource), summary: \(summary.swiftSource))"
    }
}

extension ProfileValue.ValueType: SwiftSourceRepresentable {
    var swiftSource: String {
        switch self {
        case .string: return ".string"
        case .boolean: return ".boolean"
        case .choice(let values): return ".choice(\(values.swiftSource))"
        case .recordId(let prefix): return ".recordId(prefix: \(prefix.swiftSource))"
        case .instanceURL: return ".instanceURL"
        case .sandboxFlag: return ".sandboxFlag"
        }
    }
}

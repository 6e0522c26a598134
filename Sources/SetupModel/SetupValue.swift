/// A value a fix writes, spelled by each format its own way.
public enum SetupValue: Sendable, Equatable {
    case boolean(Bool)
    case text(String)
    /// `${NAME}`: a value supplied at deploy time.
    case reference(String)
    /// A scope: its token in a setup YAML (`refresh_token`), its Metadata API name in metadata (`RefreshToken`).
    case scope(OAuthScope)
}

extension SetupValue {
    /// The value as a file of this format writes it.
    public func spelled(in format: SetupFormat) -> String {
        switch (self, format) {
        case (.boolean(let flag), _): return flag ? "true" : "false"
        case (.text(let string), _): return string
        case (.reference(let name), _): return "${\(name)}"
        case (.scope(let scope), .setupYAML): return scope.tokens.first ?? scope.metadataNames.first ?? ""
        case (.scope(let scope), _): return scope.metadataNames.first ?? scope.tokens.first ?? ""
        }
    }
}

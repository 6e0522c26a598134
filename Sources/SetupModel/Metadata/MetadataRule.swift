/// The ids of the rules that reading Salesforce metadata files can report, beside the reading
/// rules they share with YAML (`missing-field`, `wrong-type`, `unknown-scope`, `input-limit`).
public enum MetadataRule {
    public static let xmlSyntax = "xml-syntax"
    public static let unknownElement = "metadata-unknown-element"
    public static let elementOrder = "metadata-element-order"
    public static let serviceDomainUnknown = "service-domain-unknown"
    public static let metadataPath = "metadata-path"
    public static let shadowedKey = "metadata-shadowed-key"
    public static let unknownScope = "unknown-scope"
}

/// A field's key path where the format places it (`salesforce.connectedApp.oauth`), made once per format
/// instead of for every value of every document. Fields under a list have none: their paths hold an index.
struct FieldPlacement: Sendable {
    /// The path of the mapping the field is in; the decoder uses `path` only inside that mapping.
    let parentPath: String
    let path: String
}

extension FieldSpec {
    /// `fields`, each with its placement inside the mapping at `parentPath`, and their mappings' fields too.
    static func placed(_ fields: [FieldSpec], under parentPath: String) -> [FieldSpec] {
        fields.map { field in
            // Placed there already, with everything under it (the guide's fields in a connector's format).
            if field.placement?.parentPath == parentPath { return field }
            let path = KeyPaths.child(field.name, of: parentPath)
            let kind: FieldKind
            if case .mapping(let children) = field.kind {
                kind = .mapping(placed(children, under: path))
            } else {
                kind = field.kind
            }
            return FieldSpec(field, kind: kind, placement: FieldPlacement(parentPath: parentPath, path: path))
        }
    }

    /// The key path of this field in the mapping at `parentPath`.
    func path(under parentPath: String) -> String {
        if let placement, placement.parentPath == parentPath { return placement.path }
        return KeyPaths.child(name, of: parentPath)
    }
}

/// How a setup key path names a key inside a mapping: `salesforce.connectedApp`, or the key alone at the root.
public enum KeyPaths {
    public static func child(_ key: String, of parentPath: String) -> String {
        parentPath.isEmpty ? key : "\(parentPath).\(key)"
    }
}

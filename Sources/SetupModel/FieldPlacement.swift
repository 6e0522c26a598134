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
        parentPath.isEmpty ? key : joined(parentPath, ".", key)
    }

    /// The path of a list's item: `salesforce.connectedApp.oauth.scopes[0]`.
    public static func item(_ index: Int, of listPath: String) -> String {
        index >= 0 && index < itemSuffixes.count ? joined(listPath, itemSuffixes[index], "") : "\(listPath)[\(index)]"
    }

    private static let itemSuffixes = (0..<32).map { "[\($0)]" }

    /// Made at its size in one go, the parts' bytes copied in: a decoder makes a path for every list item and every
    /// field under one, and interpolation grows its string piece by piece.
    private static func joined(_ first: String, _ second: String, _ third: String) -> String {
        var first = first, second = second, third = third
        return first.withUTF8 { one in
            second.withUTF8 { two in
                third.withUTF8 { three in
                    String(unsafeUninitializedCapacity: one.count + two.count + three.count) { buffer in
                        var end = buffer.initialize(fromContentsOf: one)
                        end = buffer[end...].initialize(fromContentsOf: two)
                        return buffer[end...].initialize(fromContentsOf: three)
                    }
                }
            }
        }
    }
}

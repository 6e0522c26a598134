/// A field's key path where the format places it (`salesforce.connectedApp.oauth`), made once per format
/// instead of for every value of every document. For a list, its first items are placed too (`…scopes[0]`, and the
/// fields of a list of mappings under each of them); later items' paths are made as they are read.
/// A class: the decoder takes it from its field for every value, and a struct would be copied with its three references.
final class FieldPlacement: Sendable {
    /// The path of the mapping the field is in; the decoder uses `path` only inside that mapping.
    let parentPath: String
    let path: String
    /// The first items of a list (none for any other kind).
    let items: [PlacedItem]

    init(parentPath: String, path: String, items: [PlacedItem]) {
        self.parentPath = parentPath
        self.path = path
        self.items = items
    }

    /// How many of a list's items are placed: setups list a few callback URLs, scopes and accounts.
    static let placedItemCount = 8
}

/// A list item's key path, and its kind with the fields of a mapping placed under that path.
struct PlacedItem: Sendable {
    let path: String
    let kind: FieldKind
}

extension FieldSpec {
    /// `fields`, each with its placement inside the mapping at `parentPath`, and their mappings' fields too.
    static func placed(_ fields: [FieldSpec], under parentPath: String) -> [FieldSpec] {
        fields.map { field in
            // Placed there already, with everything under it (the guide's fields in a connector's format).
            if field.placement?.parentPath == parentPath { return field }
            let path = KeyPaths.child(field.name, of: parentPath)
            let items = field.kind.itemKind.map { kind in
                (0..<FieldPlacement.placedItemCount).map { index -> PlacedItem in
                    let itemPath = KeyPaths.item(index, of: path)
                    return PlacedItem(path: itemPath, kind: kind.placed(under: itemPath))
                }
            } ?? []
            return FieldSpec(field, kind: field.kind.placed(under: path),
                             placement: FieldPlacement(parentPath: parentPath, path: path, items: items))
        }
    }

    /// The key path of this field in the mapping at `parentPath`.
    @inline(__always)
    func path(under parentPath: String) -> String {
        placement(under: parentPath)?.path ?? KeyPaths.child(name, of: parentPath)
    }

    /// A list's first items as placed in the mapping at `parentPath`; none elsewhere (under a list item past the placed
    /// ones) or for another kind.
    @inline(__always)
    func placedItems(under parentPath: String) -> [PlacedItem] {
        placement(under: parentPath)?.items ?? []
    }

    /// The field's placement when it is read in the mapping at `parentPath` (nil under a list item past the placed ones).
    @inline(__always)
    private func placement(under parentPath: String) -> FieldPlacement? {
        guard let placement, placement.parentPath == parentPath else { return nil }
        return placement
    }
}

extension FieldKind {
    /// A mapping's fields placed under `path`; any other kind as it is.
    func placed(under path: String) -> FieldKind {
        guard case .mapping(let children) = self else { return self }
        return .mapping(FieldSpec.placed(children, under: path))
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

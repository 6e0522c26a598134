import YAMLSource
import SourceText

/// Builds the `Setup` the guide's rules run on from a Connected App read out of a metadata file.
public enum MetadataSetup {
    /// A setup for a metadata file linted on its own: the Connected App, and of the Cyclr side only
    /// the service domain given on the command line or in `.connectlint.yml` (nil when none is known).
    public static func standalone(connectedApp: SetupNode, serviceDomain: String?) -> Setup {
        let origin = SourceRange.fileStart
        var rootFields = [SetupField("version", MetadataValues.implied(.integer(1), at: origin, keyPath: "version"))]
        if let serviceDomain {
            let domain = MetadataValues.implied(.string(serviceDomain), at: origin, keyPath: "cyclr.serviceDomain")
            rootFields.append(SetupField("cyclr", SetupNode(value: .mapping([SetupField("serviceDomain", domain)]), range: origin, keyPath: "cyclr")))
        }
        let salesforce = SetupNode(value: .mapping([SetupField("connectedApp", connectedApp)]), range: connectedApp.range,
                                   keyPath: "salesforce", keyRange: connectedApp.keyRange)
        rootFields.append(SetupField("salesforce", salesforce))
        return Setup(root: SetupNode(value: .mapping(rootFields), range: connectedApp.range, keyPath: ""),
                     documentIndex: 0, documentRange: connectedApp.range)
    }

    /// The YAML setup with its `salesforce.connectedApp` replaced by the one read from the metadata file.
    public static func linking(_ setup: Setup, to connectedApp: SetupNode) -> Setup {
        let root = replacing(setup.root, at: ["salesforce", "connectedApp"], with: connectedApp)
        return Setup(root: root, documentIndex: setup.documentIndex, documentRange: setup.documentRange)
    }

    private static func replacing(_ node: SetupNode, at path: ArraySlice<String>, with replacement: SetupNode) -> SetupNode {
        guard let name = path.first, let fields = node.fields else { return node }
        let updated = fields.map { field -> SetupField in
            guard field.name == name else { return field }
            let child = path.count == 1 ? replacement : replacing(field.node, at: path.dropFirst(), with: replacement)
            return SetupField(name: field.name, keyRange: field.keyRange, node: child)
        }
        return SetupNode(value: .mapping(updated), range: node.range, keyPath: node.keyPath, keyRange: node.keyRange)
    }
}

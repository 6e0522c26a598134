import SourceText

/// Builds the `Setup` the guide's rules run on from a Connected App read out of metadata files.
public enum MetadataSetup {
    /// A setup for metadata files linted on their own: the Connected App, and of the Cyclr side only the
    /// service domain given on the command line or in `.connectlint.yml` (nil when none is known).
    /// Rules that need the rest of the Cyclr side do not run on it.
    public static func standalone(_ mapped: MappedConnectedApp, connectedApp: SetupNode, serviceDomain: String?) -> Setup {
        let origin = connectedApp.origin
        let fileStart = SourceRange.fileStart
        var rootFields: [SetupField] = []
        if let serviceDomain {
            let domain = SetupNode(value: .string(serviceDomain), range: fileStart, keyPath: "cyclr.serviceDomain", origin: origin)
            rootFields.append(SetupField("cyclr", SetupNode(value: .mapping([SetupField("serviceDomain", domain)]), range: fileStart,
                                                            keyPath: "cyclr", origin: origin)))
        }
        let salesforce = SetupNode(value: .mapping([SetupField("connectedApp", connectedApp)]), range: connectedApp.range,
                                   keyPath: "salesforce", keyRange: connectedApp.keyRange, origin: origin)
        rootFields.append(SetupField("salesforce", salesforce))
        return Setup(root: SetupNode(value: .mapping(rootFields), range: connectedApp.range, keyPath: "", origin: origin),
                     documentIndex: 0, documentRange: connectedApp.range, unreadableKeyPaths: mapped.unreadableKeyPaths)
    }

    /// The YAML setup with its `salesforce.connectedApp` replaced by (or set to) the one read from metadata files.
    public static func linking(_ setup: Setup, to mapped: MappedConnectedApp) -> Setup {
        guard let connectedApp = mapped.node else { return setup }
        let root = replacing(setup.root, at: ["salesforce", "connectedApp"], with: connectedApp)
        // What the YAML said of its connector holds whatever file the Connected App is read from.
        return Setup(root: root, documentIndex: setup.documentIndex, documentRange: setup.documentRange,
                     replacedKeys: setup.replacedKeys, unreadableKeyPaths: setup.unreadableKeyPaths.union(mapped.unreadableKeyPaths),
                     profile: setup.profile, credentialValues: setup.credentialValues,
                     knownConnectors: setup.knownConnectors, connectorIsKnown: setup.connectorIsKnown)
    }

    /// `node` with the value at `path` replaced, or added when the last key of `path` is absent.
    private static func replacing(_ node: SetupNode, at path: ArraySlice<String>, with replacement: SetupNode) -> SetupNode {
        guard let name = path.first, let fields = node.fields else { return node }
        var updated = fields.map { field -> SetupField in
            guard field.name == name else { return field }
            let child = path.count == 1 ? replacement : replacing(field.node, at: path.dropFirst(), with: replacement)
            return SetupField(name: field.name, keyRange: field.keyRange, node: child)
        }
        if path.count == 1, !fields.contains(where: { $0.name == name }) {
            updated.append(SetupField(name: name, keyRange: replacement.keyRange, node: replacement))
        }
        return SetupNode(value: .mapping(updated), range: node.range, keyPath: node.keyPath, keyRange: node.keyRange, origin: node.origin)
    }
}

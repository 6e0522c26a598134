/// The files of one External Client App that a unit of work holds, by kind: the ones that name the same
/// `<externalClientApplication>`, and its header `NAME.eca-meta.xml`.
public struct ExternalClientAppFiles: Sendable {
    public struct File: Sendable {
        public let root: XMLElementNode
        /// The file's index in the unit of work.
        public let index: Int
        /// The file's name without folder and suffix (the header's is the app's API name).
        public let baseName: String

        public init(root: XMLElementNode, index: Int, baseName: String) {
            self.root = root
            self.index = index
            self.baseName = baseName
        }
    }

    public private(set) var byKind: [MetadataFileKind: File] = [:]

    public init() {}

    public subscript(kind: MetadataFileKind) -> File? {
        get { byKind[kind] }
        set { byKind[kind] = newValue }
    }

    /// The app's API name: the header's file name, else the `<externalClientApplication>` of its other files.
    public var application: String? {
        if let header = byKind[.externalClientApp] { return header.baseName }
        return MetadataFileKind.externalClientAppKinds.lazy.compactMap { self.byKind[$0].flatMap { Self.application(of: $0.root) } }.first
    }

    /// The file findings about the app as a whole go to: the first present in `externalClientAppKinds` order,
    /// so that they land in the same file whichever of the app's files was named.
    public var primary: File? { MetadataFileKind.externalClientAppKinds.lazy.compactMap { self.byKind[$0] }.first }

    /// The app a file other than the header belongs to (nil when it names none).
    public static func application(of root: XMLElementNode) -> String? {
        root.child(named: "externalClientApplication")?.trimmedText.text
    }
}

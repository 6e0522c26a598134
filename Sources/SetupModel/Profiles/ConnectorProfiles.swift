import SourceText

/// The connector profiles a run knows: the built-in ones and a team's own.
public struct ConnectorProfiles: Sendable {
    public let all: [ConnectorProfile]
    /// Built once for the run, since every document looks up its profile and reads its format.
    private let positionByNormalizedName: [String: Int]
    /// The same positions by each name as profiles write it, which is how setups write it too: found without normalizing.
    private let positionByWrittenName: [String: Int]
    /// Each profile's setup format, placed the first time a document asks for it: a run mostly reads one
    /// profile's setups, and placing all of them was a twentieth of linting one small file.
    private let formats = PlacedFormats()

    public init(_ profiles: [ConnectorProfile]) {
        all = profiles
        var positions: [String: Int] = [:]
        for (position, profile) in profiles.enumerated() {
            for name in profile.names { positions[Self.normalized(name)] = positions[Self.normalized(name)] ?? position }
        }
        positionByNormalizedName = positions
        var written: [String: Int] = [:]
        for profile in profiles {
            for name in profile.names { written[name] = positions[Self.normalized(name)] }
        }
        positionByWrittenName = written
    }

    /// No profiles: setups are read against the guide's format alone (`SetupSchema.root`).
    public static let none = ConnectorProfiles([])

    /// The profile a setup without `connector` (or with one no profile answers to) is checked with: Salesforce.
    public var fallback: ConnectorProfile? { all.first { $0.name == SetupSchema.defaultConnector } ?? all.first }

    /// The profile answering to `name`, ignoring letter case and surrounding space.
    public func profile(named name: String) -> ConnectorProfile? {
        (positionByWrittenName[name] ?? positionByNormalizedName[Self.normalized(name)]).map { all[$0] }
    }

    /// The setup format of one of these profiles (`SetupSchema.root(for:)`).
    public func setupFormat(of profile: ConnectorProfile) -> [FieldSpec] {
        formats.format(named: profile.name, among: all) ?? SetupSchema.root(for: profile)
    }

    /// The profiles other than `profile` whose `cyclr` holds a key named `key`.
    public func others(having key: String, than profile: ConnectorProfile) -> [ConnectorProfile] {
        all.filter { $0.name != profile.name && SetupSchema.cyclr(for: $0).contains { $0.name == key } }
    }

    public static func normalized(_ name: String) -> String {
        // Names are mostly written as they are normalized, ASCII words one space apart: only lowered.
        let bytes = name.utf8
        var previous: UInt8 = 0x20
        let isSpacedOnce = bytes.allSatisfy { byte in
            defer { previous = byte }
            return byte < 0x80 && (byte > 0x20 || byte == 0x20 && previous != 0x20)
        } && bytes.last != 0x20
        if isSpacedOnce { return name.lowercased() }
        return name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}

extension SetupSchema {
    public static let defaultConnector = "Salesforce"

    /// The `cyclr` keys of a connector: the guide's for an OAuth connector (a non-OAuth one may still
    /// name its service domain), then its own values.
    public static func cyclr(for profile: ConnectorProfile) -> [FieldSpec] {
        let base = profile.usesConnectedApp ? cyclr : cyclr.filter { $0.name == "serviceDomain" }.map(\.optional)
        return base + profile.values.map(\.field)
    }

    /// The setup format of one connector: its `cyclr` keys, and `salesforce` only for an OAuth connector.
    public static func root(for profile: ConnectorProfile) -> [FieldSpec] {
        root.compactMap { field in
            switch field.name {
            case "cyclr": return FieldSpec("cyclr", .mapping(cyclr(for: profile)), required: true, field.summary)
            case "salesforce": return profile.usesConnectedApp ? field : nil
            default: return field
            }
        }
    }
}

extension FieldSpec {
    /// The same field, not required.
    public var optional: FieldSpec {
        FieldSpec(name, kind, blankIsJudgedByRules: blankIsJudgedByRules, replacesSiblings: replacesSiblings, summary)
    }
}

/// The placed setup formats of a set of profiles by name, the first profile of each name placed on first use.
private final class PlacedFormats: @unchecked Sendable {
    private let lock = ThreadLock()
    private var byName: [String: [FieldSpec]] = [:]

    func format(named name: String, among profiles: [ConnectorProfile]) -> [FieldSpec]? {
        lock.lock()
        defer { lock.unlock() }
        if let placed = byName[name] { return placed }
        guard let profile = profiles.first(where: { $0.name == name }) else { return nil }
        let placed = FieldSpec.placed(SetupSchema.root(for: profile), under: "")
        byName[name] = placed
        return placed
    }
}

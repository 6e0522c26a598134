import YAMLSource
import SourceText

/// A decoded, schema-checked value with its source range and key path. Values of the wrong
/// type and unknown keys are left out (they were reported), so rules see only well-typed data.
public struct SetupNode: Sendable {
    public enum Value: Sendable {
        case null
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case list([SetupNode])
        case mapping([SetupField])
    }

    public let value: Value
    public let range: SourceRange
    /// Like `salesforce.connectedApp.oauth.callbackUrls[0]`.
    public let keyPath: String
    /// The range of the key that holds this value (the value's own range for list items and the root).
    public let keyRange: SourceRange
    /// The file the value was read from, and its format, which says how messages name the value.
    public let origin: ValueOrigin
    /// The value is, or is inside, an anchored node or an alias: its text stands for more than this place,
    /// so it is not edited here.
    public let isShared: Bool

    public init(value: Value, range: SourceRange, keyPath: String, keyRange: SourceRange? = nil, origin: ValueOrigin,
                isShared: Bool = false) {
        self.value = value
        self.range = range
        self.keyPath = keyPath
        self.keyRange = keyRange ?? range
        self.origin = origin
        self.isShared = isShared
    }

    /// How the value's file names a setup key (see `SetupFormat.name(of:)`).
    public func name(of key: String) -> String { origin.format.name(of: key) }

    /// How the value's file writes a key set to a value (see `SetupFormat.assignment(of:to:)`).
    public func assignment(of key: String, to value: String) -> String { origin.format.assignment(of: key, to: value) }

    public subscript(name: String) -> SetupNode? {
        guard case .mapping(let fields) = value, let index = fields.firstIndex(where: { $0.name == name }) else { return nil }
        return fields[index].node
    }

    /// Follows a dotted path of keys, e.g. `node(at: "connectedApp.oauth.scopes")`.
    public func node(at path: String) -> SetupNode? {
        var node: SetupNode? = self
        for name in path.utf8.split(separator: UInt8(ascii: ".")) { node = node?[String(Substring(name))] }
        return node
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var boolean: Bool? {
        if case .boolean(let flag) = value { return flag }
        return nil
    }

    public var integer: Int? {
        if case .integer(let number) = value { return number }
        return nil
    }

    public var items: [SetupNode]? {
        if case .list(let items) = value { return items }
        return nil
    }

    public var fields: [SetupField]? {
        if case .mapping(let fields) = value { return fields }
        return nil
    }

    /// Absent-like: null, or a string that is empty or only white space (SPEC §1).
    public var isBlank: Bool {
        switch value {
        case .null: return true
        case .string(let text): return text.isAllWhitespace
        default: return false
        }
    }

    /// The NAME of a value that is exactly `${NAME}`, supplied at deploy time.
    public var environmentReference: String? {
        guard let text = string else { return nil }
        return EnvironmentReference.name(in: text)
    }

    /// Whether the value is exactly `${NAME}`, told without making the name.
    public var isEnvironmentReference: Bool {
        guard let text = string else { return false }
        return EnvironmentReference.isReference(text)
    }

    /// A non-blank string that is not an environment reference.
    public var literal: String? {
        guard let text = string, !isBlank, !EnvironmentReference.isReference(text) else { return nil }
        return text
    }
}

public struct SetupField: Sendable {
    public let name: String
    public let keyRange: SourceRange
    public let node: SetupNode
}

public enum EnvironmentReference {
    /// NAME when `text` is exactly `${NAME}` with NAME = `[A-Za-z_][A-Za-z0-9_]*`.
    public static func name(in text: String) -> String? {
        guard isReference(text) else { return nil }
        return String(decoding: text.utf8.dropFirst(2).dropLast(), as: UTF8.self)
    }

    /// Whether `text` is exactly `${NAME}`, read on its UTF-8 bytes in place: rules ask of every value, NAME is
    /// ASCII, and a hostile value may be megabytes long.
    public static func isReference(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isReference) ?? Array(text.utf8).withUnsafeBufferPointer(isReference)
    }

    private static func isReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 3, bytes[0] == UInt8(ascii: "$"), bytes[1] == UInt8(ascii: "{"), bytes[bytes.count - 1] == UInt8(ascii: "}"),
              bytes[2] == UInt8(ascii: "_") || isASCIILetter(bytes[2]) else { return false }
        return bytes[3..<(bytes.count - 1)].allSatisfy {
            $0 == UInt8(ascii: "_") || isASCIILetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}

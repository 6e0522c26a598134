import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import SourceText
import YAMLSource

extension Baseline {
    static let entryKeys = ["path", "rule", "keyPath", "messageDigest", "count"]

    /// Reads a baseline file through the YAML layer (JSON is YAML), so every problem has its line and
    /// column; a malformed file is a `ConfigurationError` (exit 2).
    public static func read(path: String) throws -> Baseline {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigurationError(path: path, range: nil, message: "no such baseline file",
                                     fix: "write one with --write-baseline \(path), or check the path given to --baseline")
        }
        let reader = ConfigurationLoader.Reader(path: path)
        guard let root = try ConfigurationLoader.root(of: path, naming: "baseline", syntax: "JSON") else {
            throw ConfigurationError(path: path, range: nil, message: "the baseline is empty",
                                     fix: "write it with --write-baseline \(path)")
        }
        let mapping = try reader.mapping(root, name: "the baseline", allowedKeys: ["version", "findings"],
                                         fix: "a baseline is {\"version\": 1, \"findings\": [...]}, as --write-baseline writes it")
        guard let version = mapping["version"] else {
            throw reader.fail(root, "the baseline has no `version`", fix: "write \"version\": \(formatVersion)")
        }
        guard (try? StrictYAML.integer(version)) == formatVersion else {
            throw reader.fail(version, "baseline version must be \(formatVersion)")
        }
        guard let findings = mapping["findings"] else {
            throw reader.fail(root, "the baseline has no `findings`", fix: "write \"findings\": [] for an empty baseline")
        }
        guard let items = try? StrictYAML.list(findings) else {
            throw reader.fail(findings, "`findings` must be a list, but it is \(findings.kindName)")
        }
        return Baseline(entries: try items.map { try entry($0, reader: reader) })
    }

    private static func entry(_ node: YAMLNode, reader: ConfigurationLoader.Reader) throws -> Entry {
        let fields = try reader.mapping(node, name: "each item of `findings`", allowedKeys: entryKeys,
                                        fix: "each entry holds \(entryKeys.map { "`\($0)`" }.joined(separator: ", "))")
        var values: [String: String] = [:]
        for name in entryKeys.dropLast() {
            guard let value = fields[name] else { throw reader.fail(node, "this entry has no `\(name)`") }
            values[name] = try reader.string(value, key: name)
        }
        guard let countNode = fields["count"] else { throw reader.fail(node, "this entry has no `count`") }
        guard let count = try? StrictYAML.integer(countNode), count >= 1 else {
            throw reader.fail(countNode, "`count` must be a whole number of at least 1")
        }
        let key = Key(path: values["path"]!, rule: values["rule"]!, keyPath: values["keyPath"]!, messageDigest: values["messageDigest"]!)
        return Entry(key: key, count: count)
    }
}

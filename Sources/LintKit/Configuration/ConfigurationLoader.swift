import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import SourceText
import YAMLSource

/// Finds and reads `.connectlint.yml` through the same YAML layer as setup files, so every
/// problem is reported with its line and column.
public enum ConfigurationLoader {
    public static let fileName = ".connectlint.yml"
    public static let keys = ["rules", "include", "exclude", "failOn", "customRules", "profiles", "serviceDomain", "baseline"]

    /// `--config FILE` when given; otherwise the nearest `.connectlint.yml` from `folder` upwards; otherwise none.
    public static func load(explicit: String?, searchingFrom folder: String = FileManager.default.currentDirectoryPath) throws -> Configuration {
        if let explicit {
            let status = FileStatus(of: explicit)
            guard status != .missing else {
                throw ConfigurationError(path: explicit, range: nil, message: "no such configuration file",
                                         fix: "check the path given to --config")
            }
            if status == .folder {
                throw ConfigurationError(path: explicit, range: nil, message: "is a folder, not a configuration file",
                                         fix: "give --config the file itself, e.g. \(URL(fileURLWithPath: explicit).appendingPathComponent(fileName).relativePath)")
            }
            return try load(path: explicit)
        }
        guard let found = find(from: folder) else { return .none }
        return try load(path: found)
    }

    /// The nearest `.connectlint.yml` in `folder` or a folder above it, relative to `folder` when inside it.
    public static func find(from folder: String) -> String? {
        let start = StandardPath.of(folder)
        var current = start
        while true {
            let candidate = StandardPath.appending(fileName, to: current)
            if FileStatus(of: candidate) == .file {
                return current == start && start == StandardPath.of(FileManager.default.currentDirectoryPath) ? fileName : candidate
            }
            if current == "/" { return nil }
            current = StandardPath.parent(of: current)
        }
    }

    public static func load(path: String) throws -> Configuration {
        var configuration = Configuration(path: path)
        guard let root = try root(of: path, naming: "configuration") else { return configuration }
        let reader = Reader(path: path)
        try reader.read(root, into: &configuration)
        return configuration
    }

    /// The one document of a settings file (the configuration, a baseline), nil when it is empty; any YAML
    /// problem, a second document or an unreadable file is an error at its position.
    static func root(of path: String, naming noun: String, syntax: String = "YAML") throws -> YAMLNode? {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ConfigurationError(path: path, range: nil, message: "the \(noun) file cannot be read (permission denied)")
        }
        var documents: [YAMLDocument] = []
        let problem: YAMLProblem?
        do {
            problem = try YAMLStreamReader.read(.file(path), limits: .standard) { documents.append($0) }
        } catch {
            throw ConfigurationError(path: path, range: nil, message: "the \(noun) file cannot be read: \(error)")
        }
        if let problem = problem ?? documents.lazy.compactMap(\.problem).first {
            throw ConfigurationError(path: path, range: problem.range, message: "the \(noun) is not valid \(syntax): \(problem.message)")
        }
        if documents.count > 1 {
            throw ConfigurationError(path: path, range: SourceRange(at: documents[1].range.start),
                                     message: "the \(noun) holds \(documents.count) YAML documents; it must hold one",
                                     fix: "remove the `---` and merge the settings into one mapping")
        }
        guard let root = documents.first?.root?.resolved, !StrictYAML.isNull(root) else { return nil }
        return root
    }

    /// Reads the root mapping key by key.
    struct Reader {
        let path: String

        func fail(_ node: YAMLNode, _ message: String, fix: String? = nil) -> ConfigurationError {
            ConfigurationError(path: path, range: node.range, message: message, fix: fix)
        }

        func read(_ root: YAMLNode, into configuration: inout Configuration) throws {
            let fields = try mapping(root, name: "the configuration", allowedKeys: ConfigurationLoader.keys,
                                     fix: "write settings such as `rules:`, `include:`, `exclude:`, `failOn:` and `customRules:`").fields
            for field in fields {
                let key = field.name
                let value = field.value.resolved
                // A key written with no value (`exclude:`) sets nothing, as if it were absent.
                if StrictYAML.isNull(value) { continue }
                switch key {
                case "rules":
                    configuration.rules = try ruleSettings(value)
                case "include":
                    let patterns = try globs(value, key: key)
                    guard !patterns.isEmpty else {
                        throw fail(value, "`include` is an empty list, so no file would be linted",
                                   fix: "list the patterns to lint, or remove `include` to walk for the default setup file names")
                    }
                    configuration.include = patterns
                case "exclude":
                    configuration.exclude = try globs(value, key: key)
                case "failOn":
                    let text = try string(value, key: key)
                    guard let level = FailLevel(rawValue: text) else {
                        throw fail(value, "`failOn` is `\(text)`, not one of `error`, `warning`, `info`, `never`\(Suggestions.didYouMean(text, among: FailLevel.allCases.map(\.rawValue)))")
                    }
                    configuration.failOn = level
                case "customRules":
                    configuration.customRules = try strings(value, key: key).map { Positioned($0.value, at: $0.range) }
                case "profiles":
                    configuration.profiles = try strings(value, key: key).map { Positioned($0.value, at: $0.range) }
                case "serviceDomain":
                    configuration.serviceDomain = try string(value, key: key)
                case "baseline":
                    configuration.baseline = try string(value, key: key)
                default:
                    break  // the mapping holds allowed keys only
                }
            }
        }

        /// The mapping's fields, or the first key problem in it as an error.
        func mapping(_ node: YAMLNode, name: String, allowedKeys: [String]? = nil, fix: String) throws -> StrictMapping {
            let mapping: StrictMapping
            do {
                mapping = try StrictYAML.mapping(node, allowedKeys: allowedKeys)
            } catch {
                throw fail(node, "\(name) must be a mapping, but it is \(node.kindName)", fix: fix)
            }
            guard let problem = mapping.problems.first else { return mapping }
            switch problem.kind {
            case .notScalar(let kindName):
                throw ConfigurationError(path: path, range: problem.range, message: "keys must be plain words, but this key is \(kindName)")
            case .duplicate(let key, let firstLine):
                throw ConfigurationError(path: path, range: problem.range, message: "`\(key)` is set twice (first on line \(firstLine))",
                                         fix: "keep one of them")
            case .unknown(let key, let suggestion):
                throw ConfigurationError(path: path, range: problem.range, message: "unknown key `\(key)`\(Suggestions.didYouMean(suggestion))",
                                         fix: "the keys allowed are " + (allowedKeys ?? []).map { "`\($0)`" }.joined(separator: ", "))
            }
        }

        func string(_ node: YAMLNode, key: String) throws -> String {
            do {
                return try StrictYAML.string(node)
            } catch {
                throw fail(node, "`\(key)` must be a string, but it is \(error.found == .null ? "empty" : node.kindName)")
            }
        }

        /// One string or a list of strings.
        func strings(_ node: YAMLNode, key: String) throws -> [Positioned<String>] {
            guard let items = try? StrictYAML.list(node) else { return [Positioned(try string(node, key: key), at: node.range)] }
            return try items.map { Positioned(try string($0, key: "each item of `\(key)`"), at: $0.range) }
        }

        func globs(_ node: YAMLNode, key: String) throws -> [Glob] {
            try strings(node, key: key).map { item in
                do {
                    return try Glob(item.value)
                } catch let problem as Glob.Problem {
                    throw ConfigurationError(path: path, range: item.range, message: "bad glob `\(item.value)` in `\(key)`: \(problem.message)")
                }
            }
        }

        func ruleSettings(_ node: YAMLNode) throws -> [String: Positioned<RuleSetting>] {
            let fields = try mapping(node, name: "`rules`", fix: "write one `rule-id: off|info|warning|error` per line").fields
            var settings: [String: Positioned<RuleSetting>] = [:]
            for field in fields {
                let id = field.name
                let value = field.value.resolved
                guard let text = value.scalar?.value, let setting = RuleSetting(text) else {
                    let shown = value.scalar.map { "`\($0.value)`" } ?? value.kindName
                    let hint = value.scalar.map { Suggestions.didYouMean($0.value, among: RuleSetting.spellings) } ?? ""
                    throw fail(value, "bad severity \(shown) for rule `\(id)`\(hint)",
                               fix: "write one of `off`, `info`, `warning`, `error`")
                }
                settings[id] = Positioned(setting, at: field.key.range)
            }
            return settings
        }
    }
}

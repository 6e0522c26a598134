import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The findings a team has accepted for now (`--write-baseline`, `--baseline`): per path, rule, key path
/// and message digest, how many there were. No line numbers, so moving lines changes nothing, and no
/// values, so no secret can reach the file.
public struct Baseline: Sendable, Equatable {
    public static let formatVersion = 1

    public struct Key: Hashable, Comparable, Sendable {
        /// Relative to the baseline file's folder.
        public let path: String
        public let rule: String
        public let keyPath: String
        public let messageDigest: String

        public static func < (a: Key, b: Key) -> Bool {
            (a.path, a.rule, a.keyPath, a.messageDigest) < (b.path, b.rule, b.keyPath, b.messageDigest)
        }
    }

    public struct Entry: Sendable, Equatable {
        public let key: Key
        public var count: Int
    }

    /// Sorted by key, one entry per key.
    public private(set) var entries: [Entry]

    public init(entries: [Entry]) {
        var counts: [Key: Int] = [:]
        for entry in entries { counts[entry.key, default: 0] += entry.count }
        self.entries = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { Entry(key: $0.key, count: $0.value) }
    }

    /// The baseline of these findings, with paths relative to `folder`.
    public init(recording findings: [Finding], folder: String, workingDirectory: String) {
        self.init(entries: findings.map { Entry(key: Self.key(for: $0, folder: folder, workingDirectory: workingDirectory), count: 1) })
    }

    public static func key(for finding: Finding, folder: String, workingDirectory: String) -> Key {
        Key(path: path(finding.path, folder: folder, workingDirectory: workingDirectory), rule: finding.ruleId,
            keyPath: finding.keyPath, messageDigest: messageDigest(finding.message))
    }

    /// A path as the run names it (relative to the working directory, or absolute) as the baseline does.
    static func path(_ path: String, folder: String, workingDirectory: String) -> String {
        ReportPath.relative(path.hasPrefix("/") ? path : workingDirectory + "/" + path, from: folder)
    }

    /// The first 16 hex digits of the SHA-256 of the message with every `line N` written `line #`, since
    /// messages such as "already set on line 14" would otherwise change when lines are inserted above.
    public static func messageDigest(_ message: String) -> String {
        String(SHA256.hex(withLineNumbersHidden(message)).prefix(16))
    }

    /// `message` with each `line N` that starts a word written `line #` (the regular expression `\bline \d+`).
    public static func withLineNumbersHidden(_ message: String) -> String {
        let scalars = Array(message.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "l", index == 0 || !isWordScalar(scalars[index - 1]),
               scalars[index...].starts(with: "line ".unicodeScalars) {
                let digits = scalars[(index + 5)...].prefix { $0.properties.numericType == .decimal }
                if !digits.isEmpty {
                    result.append(contentsOf: "line #".unicodeScalars)
                    index += 5 + digits.count
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// A scalar of a word, as a regular expression's `\w`: letters, marks, digits and connectors such as `_`.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// Pretty-printed, sorted JSON, one member per line, so that a change reviews well as a diff.
    public func rendered() -> String {
        let findings = entries.map { entry in
            JSONValue.object([
                ("path", .string(entry.key.path)),
                ("rule", .string(entry.key.rule)),
                ("keyPath", .string(entry.key.keyPath)),
                ("messageDigest", .string(entry.key.messageDigest)),
                ("count", .number(entry.count)),
            ])
        }
        return JSONValue.object([("version", .number(Self.formatVersion)), ("findings", .array(findings))]).rendered() + "\n"
    }

    public func write(to path: String) throws {
        do {
            try Data(rendered().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            // Foundation's error descriptions need its NSError layer; the failing call's errno says the same.
            throw LintUsageError("cannot write the baseline \(path): \(String(cString: strerror(errno)))")
        }
    }
}

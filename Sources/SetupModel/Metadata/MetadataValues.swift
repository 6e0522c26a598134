import YAMLSource
import SourceText

/// Turns metadata elements into `SetupNode`s at the element's position, collecting the findings
/// for values of the wrong type.
struct MetadataValues {
    /// The file the elements are in.
    let origin: ValueOrigin
    private(set) var problems: [ReadingProblem] = []
    /// Settings whose element holds a value of the wrong type: unknown to the rules, not absent.
    private(set) var unreadableKeyPaths = Set<String>()

    init(origin: ValueOrigin) {
        self.origin = origin
    }

    /// The element's text without surrounding white space, positioned at the text (or at the element when it is empty).
    func string(_ element: XMLElementNode, keyPath: String) -> SetupNode {
        let (text, range) = element.trimmedText
        return SetupNode(value: .string(text), range: range, keyPath: keyPath, keyRange: element.nameRange, origin: origin)
    }

    /// An `xsd:boolean` (`true`, `false`, `1`, `0`), optionally inverted; nil (and a `wrong-type`
    /// finding) for anything else.
    mutating func boolean(_ element: XMLElementNode, keyPath: String, inverted: Bool = false) -> SetupNode? {
        let (text, range) = element.trimmedText
        let flag: Bool
        switch text {
        case "true", "1": flag = true
        case "false", "0": flag = false
        default:
            report(ReadingProblem(
                kind: .wrongType,
                message: "`<\(element.name)>` must be `true` or `false`, but it is " + (text.isEmpty ? "empty" : "`\(text)`"),
                range: range, keyPath: keyPath, help: "Write `<\(element.name)>true</\(element.name)>` or `<\(element.name)>false</\(element.name)>`."))
            unreadableKeyPaths.insert(keyPath)
            return nil
        }
        return SetupNode(value: .boolean(inverted ? !flag : flag), range: range, keyPath: keyPath, keyRange: element.nameRange, origin: origin)
    }

    /// The refresh token secret, web server flow secret and PKCE settings, which Connected Apps
    /// (in `<oauthConfig>`) and External Client Apps (in their global OAuth settings) name alike.
    mutating func secretAndPkceFlags(in parent: XMLElementNode, keyPath: String) -> [SetupField] {
        let flags: [(element: String, key: String, inverted: Bool)] = [
            ("isSecretRequiredForRefreshToken", "requireSecretForRefreshToken", false),
            ("isConsumerSecretOptional", "requireSecretForWebServerFlow", true),
            ("isPkceRequired", "requirePkce", false),
        ]
        var fields: [SetupField] = []
        for flag in flags {
            guard let element = parent.child(named: flag.element) else { continue }
            fields.add(flag.key, boolean(element, keyPath: keyPath + "." + flag.key, inverted: flag.inverted))
        }
        return fields
    }

    /// A value that is not in the file but follows from it (such as `enabled` from `<oauthConfig>`'s presence).
    func implied(_ value: SetupNode.Content, at range: SourceRange, keyPath: String) -> SetupNode {
        SetupNode(value: value, range: range, keyPath: keyPath, keyRange: range, origin: origin)
    }

    /// A node of this file.
    func node(_ value: SetupNode.Content, range: SourceRange, keyPath: String, keyRange: SourceRange? = nil) -> SetupNode {
        SetupNode(value: value, range: range, keyPath: keyPath, keyRange: keyRange, origin: origin)
    }

    mutating func missing(_ name: String, in parent: XMLElementNode, keyPath: String, meaning: String) {
        report(ReadingProblem(
            kind: .missingField,
            message: "`<\(parent.name)>` has no `<\(name)>` (\(meaning))",
            range: parent.nameRange, keyPath: keyPath,
            help: "Add `<\(name)>` inside `<\(parent.name)>`; the Metadata API requires it."))
    }

    /// A setting whose value could not be read (its problem is reported elsewhere).
    mutating func markUnreadable(_ keyPath: String) { unreadableKeyPaths.insert(keyPath) }

    /// Records a problem in this file.
    mutating func report(_ problem: ReadingProblem) {
        var inThisFile = problem
        inThisFile.file = origin.file
        problems.append(inThisFile)
    }

    mutating func report(contentsOf more: [ReadingProblem]) { more.forEach { report($0) } }

    /// Takes on the problems and unreadable settings of another file read with this one.
    mutating func merge(_ other: MetadataValues) {
        problems += other.problems
        unreadableKeyPaths.formUnion(other.unreadableKeyPaths)
    }
}

extension SetupField {
    init(_ name: String, _ node: SetupNode) {
        self.init(name: name, keyRange: node.keyRange, node: node)
    }
}

extension Array where Element == SetupField {
    /// Appends a field when there is a node for it.
    mutating func add(_ name: String, _ node: SetupNode?) {
        if let node { append(SetupField(name, node)) }
    }
}

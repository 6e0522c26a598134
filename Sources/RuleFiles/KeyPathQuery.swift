import SetupModel
import SourceText

/// A `given` key path such as `salesforce.connectedApp.oauth.scopes[*]` or `accounts[*].name`:
/// dotted keys, each optionally followed by `[*]` (every list item) or `[N]` (one item).
/// On a value that is not a list, `[*]` stands for the value itself, as a one-item list.
public struct KeyPathQuery: Sendable, Equatable, CustomStringConvertible {
    public enum Step: Sendable, Equatable {
        case key(String)
        case everyItem
        case item(Int)
    }

    public let steps: [Step]
    public let description: String
    /// For each step, whether the key it names is required when absent, as the setup format says: looked up
    /// here once rather than for every document.
    private let requiredWhenAbsent: [Bool]
    /// Without `[*]` a path reaches one place at most.
    private let reachesOnePlace: Bool
    /// The section the path passes through, if any.
    private let section: Section?

    /// What a query reached: a value, or the place where a key along the path is absent.
    public enum Match {
        case found(SetupNode)
        /// `holder` is the nearest value that exists; `missingKey` the first key absent below it;
        /// `keyPath` the whole path wanted.
        case missing(holder: SetupNode, missingKey: String, keyPath: String, isRequired: Bool)
    }

    /// Parses and checks the path against the setup format; throws a message saying what is wrong.
    public init(_ text: String) throws(RuleParameterError) {
        var steps: [Step] = []
        var fields: [FieldSpec]? = SetupSchema.root
        var kind: FieldKind?
        // Split on the bytes: splitting on characters finds grapheme boundaries, dearly, at every start.
        for segmentBytes in text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            let segment = Substring(segmentBytes)
            var rest = segment
            let name = rest.prefix { $0 != "[" }
            rest = rest.dropFirst(name.count)
            guard !name.isEmpty else { throw RuleParameterError("`\(text)` has an empty key; write keys joined by dots, e.g. `cyclr.serviceDomain`") }
            guard let known = fields else {
                throw RuleParameterError("`\(text)`: `\(name)` is below a value that has no keys")
            }
            guard let spec = known.first(where: { $0.name == name }) else {
                throw RuleParameterError("`\(text)`: unknown key `\(name)`\(Suggestions.didYouMean(String(name), among: known.map(\.name)))")
            }
            steps.append(.key(String(name)))
            kind = spec.kind
            while !rest.isEmpty {
                guard let close = rest.firstIndex(of: "]"), rest.first == "[" else {
                    throw RuleParameterError("`\(text)`: `\(segment)` has an unclosed or stray bracket; write `[*]` or `[N]`")
                }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if inside == "*" {
                    steps.append(.everyItem)
                } else if let number = Int(inside), number >= 0 {
                    steps.append(.item(number))
                } else {
                    throw RuleParameterError("`\(text)`: `[\(inside)]` is not `[*]` or a list index such as `[0]`")
                }
                guard let itemKind = kind?.itemKind else { throw RuleParameterError("`\(text)`: `\(name)` is not a list, so it cannot be indexed") }
                kind = itemKind
                rest = rest[rest.index(after: close)...]
            }
            if case .mapping(let inner) = kind { fields = inner } else { fields = nil }
        }
        self.steps = steps
        self.description = text
        requiredWhenAbsent = Self.requiredWhenAbsent(steps)
        reachesOnePlace = !steps.contains(.everyItem)
        var keys: [String] = []
        for step in steps {
            guard case .key(let name) = step else { break }
            keys.append(name)
        }
        section = Section.allCases.first { keys.starts(with: $0.keys) }
    }

    /// The sections `Setup` looks up once for its document, deepest first: a path through one is followed from there.
    /// A case rather than a table of closures, read for every document without a copy of its keys or closure.
    private enum Section: CaseIterable {
        case oauth, connectedApp, org, salesforce, cyclr

        /// The keys that lead to the section.
        var keys: [String] {
            switch self {
            case .oauth: ["salesforce", "connectedApp", "oauth"]
            case .connectedApp: ["salesforce", "connectedApp"]
            case .org: ["salesforce", "org"]
            case .salesforce: ["salesforce"]
            case .cyclr: ["cyclr"]
            }
        }

        /// `keys.count`, without making the array for every document.
        var depth: Int {
            switch self {
            case .oauth: 3
            case .connectedApp, .org: 2
            case .salesforce, .cyclr: 1
            }
        }

        func node(in setup: borrowing Setup) -> SetupNode? {
            switch self {
            case .oauth: setup.oauth
            case .connectedApp: setup.connectedApp
            case .org: setup.org
            case .salesforce: setup.salesforce
            case .cyclr: setup.cyclr
            }
        }
    }

    private static func requiredWhenAbsent(_ steps: [Step]) -> [Bool] {
        var fields: [FieldSpec]? = SetupSchema.root
        return steps.map { step in
            guard case .key(let name) = step else { return false }
            let spec = fields?.first { $0.name == name }
            switch spec?.kind {
            case .mapping(let inner), .list(.mapping(let inner)): fields = inner
            default: fields = nil
            }
            return spec?.required ?? false
        }
    }

    /// Every match of the path in the setup, in document order: from the section it passes through, when the setup has it.
    public func matches(in setup: Setup) -> [Match] {
        if let section, let node = section.node(in: setup) { return matches(from: node, after: section.depth) }
        return matches(in: setup.root)
    }

    /// Every match of the path in `root`, in document order.
    public func matches(in root: SetupNode) -> [Match] { matches(from: root, after: 0) }

    /// The matches of the steps after the first `skipped`, from the node those lead to.
    private func matches(from start: SetupNode, after skipped: Int) -> [Match] {
        // Followed by position, without a list for every step when it can.
        guard !reachesOnePlace else {
            var current: Match? = .found(start)
            for position in skipped..<steps.count {
                guard let match = current else { break }
                current = nil
                Self.follow(steps[position], from: match, isRequired: requiredWhenAbsent[position]) { current = $0 }
            }
            return current.map { [$0] } ?? []
        }
        var current: [Match] = [.found(start)]
        for position in skipped..<steps.count {
            var next: [Match] = []
            next.reserveCapacity(current.count)
            for match in current { Self.follow(steps[position], from: match, isRequired: requiredWhenAbsent[position]) { next.append($0) } }
            current = next
        }
        return current
    }

    /// Calls `reach` with each match one step on from `match`, in document order.
    private static func follow(_ step: Step, from match: Match, isRequired: Bool, reach: (Match) -> Void) {
        guard case .found(let node) = match else {
            // An absent list has no items: `accounts[*].name` reaches nothing when there are no `accounts`.
            // An absent mapping lacks every key below it: the match names the whole path wanted.
            if case .key(let name) = step, case .missing(let holder, let key, let keyPath, let isRequired) = match {
                reach(.missing(holder: holder, missingKey: key, keyPath: "\(keyPath).\(name)", isRequired: isRequired))
            }
            return
        }
        switch step {
        case .key(let name):
            if let child = node[name] {
                reach(.found(child))
            } else {
                reach(.missing(holder: node, missingKey: name, keyPath: KeyPaths.child(name, of: node.keyPath), isRequired: isRequired))
            }
        case .everyItem:
            for item in node.items ?? (node.isBlank ? [] : [node]) { reach(.found(item)) }
        case .item(let index):
            if let items = node.items { if index < items.count { reach(.found(items[index])) } }
            else if index == 0, !node.isBlank { reach(.found(node)) }
        }
    }
}

/// A parameter of a check (or a `given` path) that cannot be used, with what to write instead.
public struct RuleParameterError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

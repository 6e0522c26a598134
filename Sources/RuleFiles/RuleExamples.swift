import FoundationEssentials
import SourceText

/// A rule's failing and passing examples, given at once or read on first use: linting never needs
/// them, and reading every built-in rule's examples was half the cost of linting one small file.
package final class RuleExamples: @unchecked Sendable {
    private let lock = ThreadLock()
    private var loaded: (failing: [RuleExample], passing: [RuleExample])?
    private let load: () -> (failing: [RuleExample], passing: [RuleExample])

    package init(failing: [RuleExample], passing: [RuleExample]) {
        loaded = (failing, passing)
        load = { (failing, passing) }
    }

    package init(loading: @escaping () -> (failing: [RuleExample], passing: [RuleExample])) {
        load = loading
    }

    var value: (failing: [RuleExample], passing: [RuleExample]) {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let value = load()
        loaded = value
        return value
    }
}

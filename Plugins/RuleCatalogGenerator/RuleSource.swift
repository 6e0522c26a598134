import RuleFiles

extension RuleDescription {
    /// The rule less its examples, which LintKit reads from the embedded rule file `examplesIndex` when they
    /// are asked for.
    func swiftSource(examplesIndex: Int) -> String {
        """
        RuleDescription(
                id: \(id.swiftSource), severity: \(severity.swiftSource),
                title: \(title.swiftSource),
                rationale: \(rationale.swiftSource),
                guide: \(guide.swiftSource),
                fix: \(fix.swiftSource),
                needs: \(needs.swiftSource), appliesTo: \(appliesTo == RuleInput.every ? "RuleInput.every" : appliesTo.swiftSource),
                tags: \(tags.swiftSource), autofix: \(autofix.swiftSource), check: \(check.swiftSource),
                examples: BuiltInRules.examples(ofFile: \(examplesIndex)), file: \(file.swiftSource))
        """
    }
}

extension FixHint: SwiftSourceRepresentable {
    var swiftSource: String {
        "FixHint(summary: \(summary.swiftSource), lightning: \(lightning.swiftSource), classic: \(classic.swiftSource), cyclr: \(cyclr.swiftSource))"
    }
}

extension RuleCheckKind: SwiftSourceRepresentable {
    var swiftSource: String {
        switch self {
        case .reader: return ".reader"
        case .swift: return ".swift"
        case .generic(let uses): return ".generic(\(uses.swiftSource))"
        }
    }
}

extension GenericCheckUse: SwiftSourceRepresentable {
    /// The check made as the reader makes it, from its type and parameter; the reader has accepted both.
    var swiftSource: String {
        "GenericCheckUse(given: try! KeyPathQuery(\(given.description.swiftSource)), "
            + "check: try! \(String(describing: type(of: check)))(parameter: \(check.parameter.swiftSource)), message: \(message.swiftSource))"
    }
}

extension RuleValue: SwiftSourceRepresentable {
    var swiftSource: String {
        switch self {
        case .string(let text): return ".string(\(text.swiftSource))"
        case .integer(let number): return ".integer(\(number))"
        case .boolean(let flag): return ".boolean(\(flag))"
        case .null: return ".null"
        case .list(let items): return ".list(\(items.swiftSource))"
        case .mapping: return ".mapping"
        }
    }
}

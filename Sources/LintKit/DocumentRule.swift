import SetupModel
import YAMLSource
import SourceText

/// A check that runs on every decoded setup document and reports what breaks it.
/// The rule's severity comes from the catalogue, not from the check.
public protocol DocumentRule: Sendable {
    func check(_ setup: Setup) -> [ModelDiagnostic]
    /// Ranges whose text must be masked in every report (values the rule judged secret).
    func secretRanges(in setup: Setup) -> [SourceRange]
}

extension DocumentRule {
    public func secretRanges(in setup: Setup) -> [SourceRange] { [] }
}


import LintKit

/// What the last lint of a document gave for one file: the findings with the text they were found in, so
/// that code actions and hover convert positions against that text.
struct LintedFile: Sendable {
    let uri: String
    /// The document's version when linted; nil for a file read from disk.
    let version: Int?
    let findings: [Finding]
    let lines: LineTable
    let catalog: RuleCatalog
}

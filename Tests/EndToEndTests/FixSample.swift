import Foundation
import Testing
import TestSupport

/// A fix sample under `SampleConfigs/fix/`: a broken file `X` and, beside it, `X.fixed`, the exact text
/// `connectlint --fix ARGS… X` must leave, where ARGS come from the optional sidecar `NAME.args` (as for the
/// goldens; `--unsafe-fixes` there asks for the unsafe fixes). An External Client App's `*.ecaOauth-meta.xml` is
/// linted through the `*.ecaGlblOauth-meta.xml` beside it, so it is not run on its own: its `.fixed` is what the
/// global file's run must leave it.
struct FixSample: CustomTestStringConvertible, Sendable {
    /// Package-relative path of the broken file.
    let input: String
    /// The package-relative files the run must change, each with the package-relative path of its expected text.
    let expected: [(file: String, fixed: String)]
    let arguments: [String]
    var testDescription: String { input }

    static let folder = "SampleConfigs/fix"

    static let all: [FixSample] = {
        let fixed = Fixtures.files(under: folder) { $0.hasSuffix(".fixed") }
        let pairs = fixed.map { (file: String($0.dropLast(".fixed".count)), fixed: $0) }
        return pairs.filter { !isLinkedScopesFile($0.file) }.map { pair in
            let folder = (pair.file as NSString).deletingLastPathComponent
            let linked = pair.file.hasSuffix(".ecaGlblOauth-meta.xml")
                ? pairs.filter { isLinkedScopesFile($0.file) && ($0.file as NSString).deletingLastPathComponent == folder } : []
            return FixSample(input: pair.file, expected: [pair] + linked, arguments: arguments(for: pair.file))
        }
    }()

    static func named(_ name: String) -> FixSample { all.first { $0.input.hasSuffix("/" + name) }! }

    static func isLinkedScopesFile(_ path: String) -> Bool { path.hasSuffix(".ecaOauth-meta.xml") }

    static func arguments(for input: String) -> [String] {
        let name = (input as NSString).lastPathComponent
        let stem = (input as NSString).deletingLastPathComponent + "/" + name.prefix { $0 != "." }
        return (try? Fixtures.read(stem + ".args")).map(GoldenSampleTests.parseArguments) ?? []
    }

    var fileName: String { (input as NSString).lastPathComponent }

    /// A scratch copy of the sample's folder (its samples, not their sidecars), to run connectlint in.
    func scratchCopy() throws -> ScratchProject {
        let project = try ScratchProject()
        let folder = (input as NSString).deletingLastPathComponent
        for file in Fixtures.files(under: folder) where (file as NSString).deletingLastPathComponent == folder
            && !GoldenSampleTests.isSidecar(file) {
            try Data(contentsOf: Fixtures.url(file)).write(to: project.root.appendingPathComponent((file as NSString).lastPathComponent))
        }
        return project
    }

    /// The bytes of a file of the scratch copy, by the package-relative path of its sample.
    static func bytes(of file: String, in project: ScratchProject) throws -> Data {
        try Data(contentsOf: project.root.appendingPathComponent((file as NSString).lastPathComponent))
    }

    /// The comments of a text: `# …` to the end of a YAML line, `<!-- … -->` in XML.
    static func comments(in text: String) -> [String] {
        let xml = text.matches(of: #/<!--.*?-->/#).map { String($0.0) }
        if !xml.isEmpty || text.contains("<?xml") { return xml }
        return text.trimmingPrefix("\u{FEFF}").split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.compactMap { line in
            guard let hash = line.firstRange(of: #/(^|\s)#/#) else { return nil }
            return String(line[hash.lowerBound...]).trimmingCharacters(in: .whitespaces)
        }
    }
}

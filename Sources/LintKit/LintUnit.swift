import FoundationEssentials
import SetupModel
import SourceText

/// One unit of work: the files linted together, each read and parsed once — a setup YAML with the
/// metadata files it links, an External Client App's files, or a lone file. File 0 is the one the
/// unit was named by; every finding and masked range names the file it belongs to.
struct LintUnit {
    struct File {
        let input: SourceFile
        /// How reports name the file.
        let displayPath: String
        /// Where it was read from; nil for standard input.
        let openPath: String?
        var diagnostics: [Diagnostic] = []
        /// The same, to tell a repeat at once (see `report`); kept for linked files only.
        var reported: Set<Diagnostic> = []
        var secrets: [SourceRange] = []
        /// The comments that may hold suppression directives.
        var comments: [SourceComment] = []
        /// What reading a metadata file gave, kept so that each document linking it reuses it.
        var xml: XMLReadResult?
    }

    private(set) var files: [File]

    init(_ input: SourceFile, displayPath: String, openPath: String?) {
        files = [File(input: input, displayPath: displayPath, openPath: openPath)]
    }

    /// The file at `path` (as opened), added with this text when the unit does not hold it yet.
    mutating func file(at path: String, displayPath: String, input: SourceFile) -> Int {
        if let index = files.firstIndex(where: { $0.openPath == path }) { return index }
        files.append(File(input: input, displayPath: displayPath, openPath: path))
        return files.count - 1
    }

    subscript(file: Int) -> File {
        get { files[file] }
        set { files[file] = newValue }
    }

    /// Files other than the first can be judged by several documents alike; each finding is kept once.
    mutating func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.file == 0 || files[diagnostic.file].reported.insert(diagnostic).inserted {
            files[diagnostic.file].diagnostics.append(diagnostic)
        }
    }

    mutating func report(_ diagnostic: Diagnostic) { report([diagnostic]) }

    /// What the unit holds for a file so far, which it then forgets: a stream's findings, a document at a time.
    mutating func takeFindings(ofFile index: Int) -> (diagnostics: [Diagnostic], secrets: [SourceRange]) {
        defer {
            files[index].diagnostics = []
            files[index].reported = []
            files[index].secrets = []
        }
        return (files[index].diagnostics, files[index].secrets)
    }

    mutating func mask(_ secrets: [SetupNode]) {
        for secret in secrets { files[secret.origin.file].secrets.append(secret.range) }
    }
}

extension Linter {
    /// The unit's results: the first file's, with the others' as its linked results.
    func results(of unit: LintUnit) -> FileResult {
        let results = unit.files.enumerated().map { index, file in
            var fileResult = result(path: file.displayPath, input: file.input, diagnostics: file.diagnostics, secrets: file.secrets,
                                    comments: file.comments, fixes: LazyFixResolver { FixResolver(file, index: index) })
            fileResult.openPath = file.openPath
            return fileResult
        }
        var first = results[0]
        first.linkedResults = Array(results.dropFirst())
        return first
    }

    /// The XML comments that may hold suppression directives.
    func suppressionComments(_ comments: [SourceComment]) -> [SourceComment] {
        guard options.inlineSuppressions else { return [] }
        return comments.filter { $0.text.contains(SuppressionDirective.marker) }
    }

    /// Reads a metadata file of the unit once; later calls give what the first read gave.
    func readXML(_ file: Int, in unit: inout LintUnit) -> XMLReadResult {
        if let read = unit[file].xml { return read }
        let read = MetadataXMLReader.read(unit[file].input, limits: options.limits)
        adopt(read, as: file, in: &unit)
        return read
    }

    /// Keeps what reading a metadata file of the unit gave, and reports its problem.
    func adopt(_ read: XMLReadResult, as file: Int, in unit: inout LintUnit) {
        if let problem = read.problem {
            var diagnostic = Diagnostic(problem)
            diagnostic.file = file
            unit.report(diagnostic)
        }
        unit[file].xml = read
        unit[file].comments = suppressionComments(read.comments)
    }
}

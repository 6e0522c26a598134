import FoundationEssentials
import LintKit

enum BaselineCommand {
    static let spec = CommandSpec(
        name: "baseline",
        abstract: "Maintain a baseline file (see --write-baseline and --baseline).",
        subcommands: [Prune.spec]
    )

    struct Prune: ParsedCommand {
        static let file: Declared<String> = .argument("file", help: "The baseline file, rewritten in place.")
        static let paths: Declared<[String]> = .arguments("paths", help: "The paths to lint, as the baseline's runs lint them.", default: ["."])
        static let serviceDomain: Declared<String?> = .option("--service-domain", valueName: "HOST", help: "As for lint.")
        static let spec = CommandSpec(Self.self, name: "prune",
            abstract: "Remove the entries of a baseline that match no finding any more (the problems were fixed).",
            groups: [ParameterGroup(file.parameter, paths.parameter), CatalogOptions.group, ParameterGroup(serviceDomain.parameter)])

        let file: String
        let paths: [String]
        let catalogOptions: CatalogOptions
        let serviceDomain: String?

        init(_ parsed: ParsedValues) throws {
            file = try parsed[Self.file]
            paths = try parsed[Self.paths]
            catalogOptions = try CatalogOptions(parsed)
            serviceDomain = try parsed[Self.serviceDomain]
        }

        func run() throws {
            var (options, _) = try catalogOptions.lintOptions()
            if let serviceDomain { options.serviceDomain = serviceDomain }
            let baseline = try Baseline.read(path: file)
            let run = try Linter(options: options).run(paths: paths)
            let stale = baseline.apply(to: run, folder: AdoptionOptions.folder(of: file),
                                       workingDirectory: FileManager.default.currentDirectoryPath, file: file).stale
            try baseline.pruning(stale).write(to: file)
            for entry in stale { print("removed \(AdoptionOptions.describe(entry))") }
            print(stale.isEmpty ? "\(file): every entry still matches; nothing removed"
                                : "\(file): \(stale.count == 1 ? "1 entry" : "\(stale.count) entries") pruned")
        }
    }
}

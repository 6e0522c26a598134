import ArgumentParser
import Foundation
import LintKit

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Maintain a baseline file (see --write-baseline and --baseline).",
        subcommands: [Prune.self]
    )

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the entries of a baseline that match no finding any more (the problems were fixed).")

        @Argument(help: ArgumentHelp("The baseline file, rewritten in place.", valueName: "file"))
        var file: String

        @Argument(help: "The paths to lint, as the baseline's runs lint them.")
        var paths: [String] = ["."]

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(name: .customLong("service-domain"), help: ArgumentHelp("As for lint.", valueName: "HOST"))
        var serviceDomain: String?

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

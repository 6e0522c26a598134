import Foundation
import PackagePlugin

/// Turns the package's `Rules/*.yaml` into generated Swift for the target: the files' text (so the
/// catalogue needs no resource bundle beside the executable), the typed `RuleID`, and the registry
/// of the Swift checks. The target's `GuideChecks/*Rule.swift` files are passed too, so that a rule
/// without its check, or a check without its rule file, stops the build with a message naming the file.
@main
struct RuleCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesFolder = context.package.directoryURL.appendingPathComponent("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rulesFolder.path)) ?? []
        let ruleFiles = names.filter { $0.hasSuffix(".yaml") }.sorted().map { rulesFolder.appendingPathComponent($0) }
        let checkFiles = (target as? SourceModuleTarget)?.sourceFiles(withSuffix: "swift")
            .map(\.url)
            .filter { $0.deletingLastPathComponent().lastPathComponent == "GuideChecks" && $0.lastPathComponent.hasSuffix("Rule.swift") }
            .sorted { $0.path < $1.path } ?? []
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedRules.swift")
        return [
            .buildCommand(
                displayName: "Generating the rule catalogue from \(ruleFiles.count) rule files in Rules/",
                executable: try context.tool(named: "RuleCatalogGenerator").url,
                arguments: [output.path] + ruleFiles.map(\.path) + ["--checks"] + checkFiles.map(\.path),
                inputFiles: ruleFiles + checkFiles,
                outputFiles: [output]
            ),
        ]
    }
}

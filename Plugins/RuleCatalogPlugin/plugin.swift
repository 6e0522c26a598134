import Foundation
import PackagePlugin

/// Embeds the package's `Rules/*.yaml` into the target as generated Swift, so the rule catalogue
/// is compiled into the executable and needs no resource bundle beside it.
@main
struct RuleCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesFolder = context.package.directoryURL.appendingPathComponent("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rulesFolder.path)) ?? []
        let ruleFiles = names.filter { $0.hasSuffix(".yaml") }.sorted().map { rulesFolder.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedRuleFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(ruleFiles.count) rule files from Rules/",
                executable: try context.tool(named: "RuleCatalogGenerator").url,
                arguments: [output.path] + ruleFiles.map(\.path),
                inputFiles: ruleFiles,
                outputFiles: [output]
            ),
        ]
    }
}

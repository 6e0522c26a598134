import Foundation
import PackagePlugin

/// Turns the package's `Rules/*.yaml` and `Profiles/*.yaml` into generated Swift for the target: the
/// rules and connector profiles as compiled values (read at build time by RuleFiles' strict readers, so a
/// broken file stops the build at its line), the rule files' text for their examples, the typed `RuleID`,
/// and the registry of the Swift checks. The target's `GuideChecks/*Rule.swift` files are passed too, so
/// that a rule without its check, or a check without its rule file, stops the build with a message naming the file.
@main
struct RuleCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesFolder = context.package.directoryURL.appendingPathComponent("Rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rulesFolder.path)) ?? []
        let ruleFiles = names.filter { $0.hasSuffix(".yaml") }.sorted().map { rulesFolder.appendingPathComponent($0) }
        let profilesFolder = context.package.directoryURL.appendingPathComponent("Profiles")
        let profileFiles = ((try? FileManager.default.contentsOfDirectory(atPath: profilesFolder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { profilesFolder.appendingPathComponent($0) }
        let checkFiles = (target as? SourceModuleTarget)?.sourceFiles(withSuffix: "swift")
            .map(\.url)
            .filter { $0.deletingLastPathComponent().lastPathComponent == "GuideChecks" && $0.lastPathComponent.hasSuffix("Rule.swift") }
            .sorted { $0.path < $1.path } ?? []
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedRules.swift")
        let arguments: [String] = [output.path] + ruleFiles.map(\.path) + ["--checks"] + checkFiles.map(\.path)
        let profileArguments: [String] = ["--profiles"] + profileFiles.map(\.path)
        let inputs: [URL] = ruleFiles + checkFiles + profileFiles
        return [
            .buildCommand(
                displayName: "Generating the rule catalogue and connector profiles from Rules/ and Profiles/",
                executable: try context.tool(named: "RuleCatalogGenerator").url,
                arguments: arguments + profileArguments,
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}

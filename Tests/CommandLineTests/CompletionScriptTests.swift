@testable import connectlint
import Foundation
import Testing

@Suite struct CompletionScriptTests {
    @Test(arguments: CompletionScripts.shells)
    func everyScriptNamesEveryCommandAndOption(_ shell: String) throws {
        let script = try #require(CompletionScripts.script(for: shell, root: ConnectLint.spec))
        for command in CompletionScripts.paths(from: [ConnectLint.spec]) {
            #expect(script.contains(command.path))
            for option in command.options {
                let name = shell == "fish" ? option.names.last!.replacingOccurrences(of: "--", with: "-l ") : option.names.last!
                #expect(script.contains(name), "\(shell): \(command.path) \(option.key)")
            }
        }
        #expect(CompletionScripts.script(for: "tcsh", root: ConnectLint.spec) == nil)
    }

    /// The bash script completes a subcommand's option and an option's choices, as bash would call it.
    @Test func bashCompletesOptionsAndChoices() throws {
        let script = try #require(CompletionScripts.script(for: "bash", root: ConnectLint.spec))
        func complete(_ words: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            process.arguments = ["-c", script + "\nCOMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); cd /; _connectlint; echo \"${COMPREPLY[*]}\""]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            process.waitUntilExit()
            return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        #expect(try complete(["connectlint", "rules", "--format", ""]) == "text json\n")
        #expect(try complete(["connectlint", "--fail", ""]).contains("--fail-on"))
        #expect(try complete(["connectlint", "baseline", ""]) == "-h --help --version prune\n")
        #expect(try complete(["connectlint", "--color", "a"]) == "auto always\n")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SourceText

/// Runs a program found on PATH, without Foundation's `Process` (which needs the Objective-C layer linked into
/// every start of connectlint).
enum ChildProcess {
    /// The standard output of `command` (its standard error discarded), or nil when it cannot be started or
    /// exits with a failure.
    static func output(of command: [String]) -> [UInt8]? {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return nil }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, writeEnd, STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var child = pid_t()
        let spawned = posix_spawnp(&child, command[0], &actions, nil, arguments, environ)
        close(writeEnd)
        defer { close(readEnd) }
        guard spawned == 0 else { return nil }
        let output = SystemIO.readAll(readEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // Exited normally with status 0 (WIFEXITED and WEXITSTATUS, which Swift does not import as macros).
        return status & 0xffff == 0 ? output : nil
    }
}

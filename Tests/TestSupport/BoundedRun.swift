#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs the built executable under a wall-clock timeout and reports what it cost: its CPU time
/// and its peak resident memory (from `wait4`'s rusage), so tests can bound both.
public struct BoundedRun {
    public let status: Int32
    public let timedOut: Bool
    public let wallSeconds: Double
    public let cpuSeconds: Double
    public let peakMegabytes: Double
    public let stdout: String
    public let stderr: String
    /// Bytes the report took on standard output.
    public let stdoutBytes: Int

    /// Runs `connectlint ARGUMENTS` in `directory`; standard input comes from `stdinFile` (or /dev/null).
    public static func run(_ arguments: [String], in directory: URL, stdinFile: String = "/dev/null",
                    timeout: Double = 20) throws -> BoundedRun {
        let outPath = directory.appendingPathComponent(".stdout").path
        let errPath = directory.appendingPathComponent(".stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let executable = BinaryRunner.executable.path
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // env -C changes directory and then execs the binary in the same process, so wait4's figures are the binary's.
        let argv = (["/usr/bin/env", "-C", directory.path, executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if !timedOut && Date().timeIntervalSince(started) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        let wall = Date().timeIntervalSince(started)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return BoundedRun(status: exitStatus, timedOut: timedOut, wallSeconds: wall, cpuSeconds: cpu,
                          peakMegabytes: Double(usage.ru_maxrss) / 1024, // Linux reports kilobytes
                          stdout: String(decoding: out.prefix(64 * 1024), as: UTF8.self),
                          stderr: String(decoding: err.prefix(64 * 1024), as: UTF8.self),
                          stdoutBytes: out.count)
    }

    public var summary: String {
        "exit \(status), \(String(format: "%.2f", wallSeconds)) s wall, \(String(format: "%.2f", cpuSeconds)) s CPU, "
            + "\(String(format: "%.0f", peakMegabytes)) MB peak\(timedOut ? ", KILLED after timeout" : "")\n\(stdout.prefix(2_000))\(stderr.prefix(2_000))"
    }
}

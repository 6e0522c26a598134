import Foundation

/// Files of the package the tests read: samples, rule files, the README.
public enum Fixtures {
    /// The folder holding Package.swift.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// A package-relative path made absolute.
    public static func url(_ relative: String) -> URL { packageRoot.appendingPathComponent(relative) }

    public static func path(_ relative: String) -> String { url(relative).path }

    /// A package file's text.
    public static func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// The package-relative paths of the regular files under `folder` (recursively) that `include` accepts, sorted.
    public static func files(under folder: String, where include: (String) -> Bool = { _ in true }) -> [String] {
        let enumerator = FileManager.default.enumerator(at: url(folder), includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let file = enumerator?.nextObject() as? URL {
            let relative = String(file.standardizedFileURL.path.dropFirst(url(folder).standardizedFileURL.path.count + 1))
            if (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true, include(relative) {
                found.append(folder + "/" + relative)
            }
        }
        return found.sorted()
    }
}

import LintKit
import SourceText
import RuleFiles

/// One self-contained page for a CI artifact: a summary by severity and by rule, then the findings
/// grouped by file with the (masked) source line, a caret, the help and the fix hints, and filters by
/// severity. No script and no request: a Content-Security-Policy forbids everything but the inline style.
public struct HTMLReporter: Reporter {
    static let severities: [Severity] = [.error, .warning, .info]

    public init() {}

    public var quotesSourceLines: Bool { true }

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter {
        CollectingWriter(output: output) { self.render($0, context: context) }
    }

    public func render(_ run: LintRun, context: ReportContext) -> String {
        var output = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(ToolInfo.name) report</title>
        <style>
        \(HTMLStyle.sheet)
        </style>
        </head>
        <body>

        """
        for severity in Self.severities {
            output += "<input type=\"checkbox\" class=\"toggle\" id=\"show-\(severity.rawValue)\" checked>\n"
        }
        output += "<header>\n<h1>\(ToolInfo.name) \(Self.text(ToolInfo.version))</h1>\n"
        output += "<p class=\"summary\">\(Self.text(Summary.line(for: run)))</p>\n<nav class=\"filters\">Show: "
        output += Self.severities.map { "<label for=\"show-\($0.rawValue)\">\($0.rawValue) (\(run.count($0)))</label>" }.joined(separator: " ")
        output += "</nav>\n</header>\n<main>\n"
        output += Self.overview(run, catalog: context.catalog)
        let located = Dictionary(grouping: LocatedFinding.all(in: run, workingDirectory: context.workingDirectory), by: \.finding.path)
        var clean: [String] = []
        for file in run.files {
            guard let findings = located[file.path], let first = findings.first else {
                clean.append(ReportPath.relative(file.path, to: context.workingDirectory))
                continue
            }
            output += "<section class=\"file\">\n<h2>\(Self.text(first.relativePath)) <span class=\"rule\">\(Summary.count(findings.count, "finding"))</span></h2>\n"
            let lines = file.sourceLines.mapValues(QuotedLine.init)
            for item in findings { output += Self.finding(item, lines: lines, catalog: context.catalog) }
            output += "</section>\n"
        }
        if !clean.isEmpty {
            output += "<p class=\"clean\">No findings in: " + clean.map { "<code>\(Self.text($0))</code>" }.joined(separator: ", ") + "</p>\n"
        }
        return output + "</main>\n</body>\n</html>\n"
    }

    static func overview(_ run: LintRun, catalog: RuleCatalog) -> String {
        guard !run.findings.isEmpty else { return "<p>No problems found.</p>\n" }
        var output = "<h2>By severity</h2>\n<table>\n<tr><th>Severity</th><th>Findings</th></tr>\n"
        for severity in severities {
            output += "<tr><td><span class=\"badge \(severity.rawValue)\">\(severity.rawValue)</span></td><td class=\"count\">\(run.count(severity))</td></tr>\n"
        }
        output += "</table>\n<h2>By rule</h2>\n<table>\n<tr><th>Rule</th><th>Severity</th><th>Findings</th><th>What it finds</th></tr>\n"
        let byRule = Dictionary(grouping: run.findings, by: \.ruleId)
        for (ruleId, findings) in byRule.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            let severity = findings[0].severity.rawValue
            output += "<tr><td><code>\(text(ruleId))</code></td><td><span class=\"badge \(severity)\">\(severity)</span></td>"
            output += "<td class=\"count\">\(findings.count)</td><td>\(text(catalog.rule(ruleId)?.title ?? ""))</td></tr>\n"
        }
        return output + "</table>\n"
    }

    static func finding(_ located: LocatedFinding, lines: [Int: QuotedLine], catalog: RuleCatalog) -> String {
        let finding = located.finding
        let severity = finding.severity.rawValue
        let start = finding.range.start
        var output = "<article class=\"finding \(severity)\">\n<p class=\"head\"><span class=\"badge \(severity)\">\(severity)</span> "
        output += "<span class=\"location\">\(text("\(located.relativePath):\(start.line):\(start.column)"))</span> "
        output += "<span class=\"message\">\(text(finding.message))</span> <span class=\"rule\">[\(text(finding.ruleId))]</span></p>\n"
        if let line = lines[start.line] {
            let number = String(start.line)
            let gutter = String(repeating: " ", count: number.count)
            let quoted = line.shown(for: finding.range)
            output += "<pre class=\"source\"><span class=\"gutter\">\(number) |</span> \(text(TextReporter.displayed(quoted.text)))\n"
            output += "<span class=\"gutter\">\(gutter) |</span> <span class=\"caret\">\(text(TextReporter.caret(for: quoted.range, in: quoted.text)))</span></pre>\n"
        }
        if let help = finding.help { output += "<p class=\"help\"><strong>help:</strong> \(text(help))</p>\n" }
        if let fix = finding.fix {
            let how = fix.applicability == .safe ? "connectlint --fix applies it" : "connectlint --fix --unsafe-fixes applies it"
            output += "<p class=\"fix\"><strong>fix:</strong> \(text(fix.title)) <span class=\"rule\">(\(how))</span></p>\n"
        }
        if let hint = catalog.rule(finding.ruleId)?.fix {
            let places = [("Lightning", hint.lightning), ("Classic", hint.classic), ("Cyclr console", hint.cyclr)]
            let items = places.compactMap { place, path in path.map { "<li>\(place): \(text($0))</li>" } }
            if !items.isEmpty { output += "<ul class=\"hints\">" + items.joined() + "</ul>\n" }
        }
        return output + "</article>\n"
    }

    /// Element content: `&`, `<`, `>` and quotes as entities, characters HTML cannot carry replaced.
    static func text(_ text: String) -> String {
        XMLText.escape(text, inAttribute: false)
    }
}

import LintKit
import SourceText
import RuleFiles

/// SPEC §5 text: `PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]`, the source line with a caret
/// under the range, a `help:` line, and a closing summary.
public struct TextReporter: Reporter {
    public init() {}

    public var quotesSourceLines: Bool { true }

    public func writer(context: ReportContext, output: ReportOutput) -> any ReportWriter {
        Writer(paint: Paint(enabled: context.useColor), output: output)
    }

    final class Writer: ReportWriter {
        let paint: Paint
        let output: ReportOutput

        static let flushBytes = 1 << 20

        init(paint: Paint, output: ReportOutput) {
            self.paint = paint
            self.output = output
        }

        /// Written as bytes, a file's findings at a time: joining the pieces as strings cost about 35 K instructions
        /// a finding.
        func add(_ file: FileResult) {
            guard !file.findings.isEmpty else { return }
            var text: [UInt8] = []
            text.reserveCapacity(file.findings.count * 320)
            var quotedLine: (number: Int, line: QuotedLine)?
            for finding in file.findings {
                paint.bold(into: &text) { text in
                    text.append(finding.path)
                    text.append(":\(finding.range.start.line):\(finding.range.start.column):")
                }
                text.append(" ")
                paint.severity(finding.severity, into: &text)
                text.append(": ")
                paint.bold(into: &text) { $0.append(finding.message) }
                text.append(" ")
                paint.dim(into: &text) { $0.append("[\(finding.ruleId)]") }
                text.append("\n")
                if let line = file.sourceLines[finding.range.start.line] {
                    // Findings come in line order: the line of the last one is indexed already.
                    if quotedLine?.number != finding.range.start.line { quotedLine = (finding.range.start.line, QuotedLine(line)) }
                    let quoted = quotedLine!.line.shown(for: finding.range)
                    let number = String(finding.range.start.line)
                    text.append(" ")
                    paint.dim(into: &text) { $0.append(number + " |") }
                    text.append(" ")
                    text.append(TextReporter.displayed(quoted.text))
                    text.append("\n ")
                    paint.dim(into: &text) { text in
                        text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: number.utf8.count))
                        text.append(" |")
                    }
                    text.append(" ")
                    paint.caret(finding.severity, into: &text) { TextReporter.appendCaret(for: quoted.range, in: quoted.text, to: &$0) }
                    text.append("\n")
                }
                /// An indented `label: body` line under the finding.
                func note(_ label: String, _ body: String, _ tail: String = "") {
                    text.append("  ")
                    paint.help(into: &text) { $0.append(label) }
                    text.append(" ")
                    text.append(body)
                    text.append(tail + "\n")
                }
                if let help = finding.help { note("help:", help) }
                if let fix = finding.fix { note("fix:", fix.title, fix.applicability == .safe ? " (--fix)" : " (--unsafe-fixes)") }
                for alternative in finding.alternativeFixes { note("or:", alternative.title, " (in an editor, or by hand)") }
                text.append("\n")
                // Written on in pieces, so that a file with very many findings is not held as one report in memory.
                if text.count >= Self.flushBytes {
                    output.write(String(decoding: text, as: UTF8.self))
                    text.removeAll(keepingCapacity: true)
                }
            }
            output.write(String(decoding: text, as: UTF8.self))
        }

        func finish(_ totals: RunTotals) {
            output.write(Summary.line(for: totals) + "\n")
        }
    }

    /// The line as shown: control characters other than tabs become spaces so the caret lines up. Written as plain
    /// loops: the first call of a generic `map` over scalars costs a run more than reading its setup file.
    static func displayed(_ line: String) -> String {
        if line.utf8.allSatisfy({ $0 == 0x09 || $0 >= 0x20 && $0 != 0x7F }) { return line }
        var shown = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            shown.append(scalar == "\t" || scalar.value >= 0x20 && scalar.value != 0x7F ? scalar : " ")
        }
        return String(shown)
    }

    /// Spaces (tabs where the line has them) up to the range's start, then one `^` per column.
    static func caret(for range: SourceRange, in line: String) -> String {
        var bytes: [UInt8] = []
        appendCaret(for: range, in: line, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `caret(for:in:)`, appended to `bytes`; columns count Unicode scalars, told by bytes for an ASCII line.
    static func appendCaret(for range: SourceRange, in line: String, to bytes: inout [UInt8]) {
        let startIndex = max(0, range.start.column - 1)
        var scalars = 0
        func add(_ isTab: Bool) {
            if scalars < startIndex { bytes.append(isTab ? UInt8(ascii: "\t") : UInt8(ascii: " ")) }
            scalars += 1
        }
        if line.isAllASCII {
            for byte in line.utf8 { add(byte == UInt8(ascii: "\t")) }
        } else {
            for scalar in line.unicodeScalars { add(scalar == "\t") }
        }
        let endIndex = range.end.line == range.start.line ? range.end.column - 1 : scalars
        let width = max(1, min(endIndex, scalars) - startIndex)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "^"), count: width))
    }
}

struct Paint {
    let enabled: Bool

    private func wrap(_ code: String, _ text: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        guard enabled else { return body(&text) }
        text.append("\u{1B}[\(code)m")
        body(&text)
        text.append("\u{1B}[0m")
    }

    func bold(into text: inout [UInt8], _ body: (inout [UInt8]) -> Void) { wrap("1", &text, body) }
    func dim(into text: inout [UInt8], _ body: (inout [UInt8]) -> Void) { wrap("2", &text, body) }
    func help(into text: inout [UInt8], _ body: (inout [UInt8]) -> Void) { wrap("1;36", &text, body) }

    func severity(_ severity: Severity, into text: inout [UInt8]) {
        wrap(severity == .error ? "1;31" : severity == .warning ? "1;33" : "1;34", &text) { $0.append(severity.rawValue) }
    }

    func caret(_ severity: Severity, into text: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        wrap(severity == .error ? "31" : severity == .warning ? "33" : "34", &text, body)
    }
}

private extension [UInt8] {
    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append(contentsOf: $0) }
    }
}

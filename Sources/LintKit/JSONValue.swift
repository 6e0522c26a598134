/// A JSON value with ordered object keys, so reports come out in a stable, documented order. Not `indirect`:
/// arrays already hold the nested values, and a boxed case would cost an allocation for every string and number.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    /// Pretty-printed as the value of a member or item `level` spaces deep, for reports written piece by piece.
    public func rendered(indentedBy level: Int) -> String {
        var output = ""
        write(into: &output, indent: level)
        return output
    }

    private func write(into output: inout String, indent: Int?) {
        switch self {
        case .string(let text): Self.writeString(text, into: &output)
        case .number(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            writeContainer("[", "]", items.count, into: &output, indent: indent) { index, output, inner in
                items[index].write(into: &output, indent: inner)
            }
        case .object(let members):
            writeContainer("{", "}", members.count, into: &output, indent: indent) { index, output, inner in
                Self.writeString(members[index].0, into: &output)
                output += indent == nil ? ":" : ": "
                members[index].1.write(into: &output, indent: inner)
            }
        }
    }

    private func writeContainer(_ open: String, _ close: String, _ count: Int, into output: inout String, indent: Int?,
                                _ element: (Int, inout String, Int?) -> Void) {
        output += open
        guard count > 0 else { output += close; return }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { output += "," }
            if let inner { Self.writeLineBreak(indentedBy: inner, into: &output) }
            element(index, &output, inner)
        }
        if let indent { Self.writeLineBreak(indentedBy: indent, into: &output) }
        output += close
    }

    /// A line break and the spaces of each indentation up to 64, appended whole: a `Substring` of spaces is appended
    /// character by character.
    private static let lineBreaks = (0...64).map { "\n" + String(repeating: " ", count: $0) }

    private static func writeLineBreak(indentedBy level: Int, into output: inout String) {
        if level <= 64 {
            output += lineBreaks[level]
            return
        }
        output += lineBreaks[64]
        output += String(repeating: " ", count: level - 64)
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most strings need no escape: told by one pass over their bytes in place, and copied whole.
        let needsEscape = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.contains { index in
                let byte = bytes[index]
                return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
                    || byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
            }
        }
        if needsEscape == false {
            output += text
            output += "\""
            return
        }
        // Copied in runs between the bytes that need an escape: help texts are long, and their `›` (0xE2 0x80 0xBA)
        // shares a lead byte with U+2028 and U+2029, the only non-ASCII characters escaped.
        let bytes = text.utf8
        var runStart = bytes.startIndex
        var index = runStart
        while index != bytes.endIndex {
            let byte = bytes[index]
            var next = bytes.index(after: index)
            let escape: String
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
            case 0xE2:
                guard next != bytes.endIndex, bytes[next] == 0x80 else { index = next; continue }
                let third = bytes.index(after: next)
                guard third != bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 else { index = next; continue }
                escape = unicodeEscape(bytes[third] == 0xA8 ? 0x2028 : 0x2029)
                next = bytes.index(after: third)
            default:
                index = next
                continue
            }
            output += text[runStart..<index]
            output += escape
            runStart = next
            index = next
        }
        output += text[runStart...]
        output += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

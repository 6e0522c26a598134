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

    public func rendered(pretty: Bool = true) -> String { rendered(indent: pretty ? 0 : nil) }

    /// Pretty-printed as the value of a member or item `level` spaces deep, for reports written piece by piece.
    public func rendered(indentedBy level: Int) -> String { rendered(indent: level) }

    /// Written as UTF-8 bytes and made a String once: appending to a String costs a few hundred instructions a piece.
    private func rendered(indent: Int?) -> String {
        var output: [UInt8] = []
        write(into: &output, indent: indent)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], indent: Int?) {
        switch self {
        case .string(let text): Self.writeString(text, into: &output)
        case .number(let number): output += String(number).utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .array(let items):
            writeContainer(UInt8(ascii: "["), UInt8(ascii: "]"), items.count, into: &output, indent: indent) { index, output, inner in
                items[index].write(into: &output, indent: inner)
            }
        case .object(let members):
            writeContainer(UInt8(ascii: "{"), UInt8(ascii: "}"), members.count, into: &output, indent: indent) { index, output, inner in
                Self.writeString(members[index].0, into: &output)
                output.append(UInt8(ascii: ":"))
                if indent != nil { output.append(UInt8(ascii: " ")) }
                members[index].1.write(into: &output, indent: inner)
            }
        }
    }

    private func writeContainer(_ open: UInt8, _ close: UInt8, _ count: Int, into output: inout [UInt8], indent: Int?,
                                _ element: (Int, inout [UInt8], Int?) -> Void) {
        output.append(open)
        guard count > 0 else { output.append(close); return }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            if let inner { Self.writeLineBreak(indentedBy: inner, into: &output) }
            element(index, &output, inner)
        }
        if let indent { Self.writeLineBreak(indentedBy: indent, into: &output) }
        output.append(close)
    }

    private static func writeLineBreak(indentedBy level: Int, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level))
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { writeString(bytes: $0, into: &output) }
    }

    /// Copied in runs between the bytes that need an escape: help texts are long, and their `›` (0xE2 0x80 0xBA) shares a
    /// lead byte with U+2028 and U+2029, the only non-ASCII characters escaped.
    private static func writeString(bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var runStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var next = index + 1
            let escape: String
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
            case 0xE2:
                guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                    index = next
                    continue
                }
                escape = unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                next = index + 3
            default:
                index = next
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(contentsOf: escape.utf8)
            runStart = next
            index = next
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        output.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

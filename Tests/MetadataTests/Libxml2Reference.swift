import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What Foundation's `XMLParser` (libxml2) makes of a file, read the way the metadata reader used
/// to read it: element names (qualified as written) and their character data, CDATA included,
/// empty for an element with children.
struct Libxml2Reference {
    struct Node: Equatable, CustomStringConvertible {
        let name: String
        let text: String
        let children: [Node]
        var description: String { "<\(name)>\(children.isEmpty ? text.debugDescription : children.map(\.description).joined())</\(name)>" }
    }

    /// The tree, or nil when `XMLParser` rejects the bytes (`parse()` false, a `parserError`, or no root closed).
    let root: Node?
    let error: String?

    init(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        let succeeded = parser.parse()
        if let error = parser.parserError as NSError? {
            self.error = "libxml2 error \(error.code) at \(parser.lineNumber):\(parser.columnNumber)"
            root = nil
        } else if !succeeded || collector.root == nil {
            error = succeeded ? "no root element closed" : "parse() returned false"
            root = nil
        } else {
            error = nil
            root = collector.root
        }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        private var stack: [(name: String, text: String, children: [Node])] = []
        var root: Node?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            stack.append((qName ?? elementName, "", []))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            guard let top = stack.popLast() else { return }
            let node = Node(name: top.name, text: top.children.isEmpty ? top.text : "", children: top.children)
            if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
        }
    }
}

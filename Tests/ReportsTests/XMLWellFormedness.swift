import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML and says whether it is well-formed, with the elements it saw. On Linux
/// `XMLParser.parse()` can return true for malformed input, so this also checks `parserError`
/// and that every element opened was closed.
final class XMLWellFormedness: NSObject, XMLParserDelegate {
    private(set) var openElements: [String] = []
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var text = ""
    private var mismatched = false

    struct Result {
        let wellFormed: Bool
        let problem: String?
        let elements: [(name: String, attributes: [String: String])]
        let text: String
    }

    static func check(_ xml: String) -> Result {
        let checker = XMLWellFormedness()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = checker
        let parsed = parser.parse()
        var problem: String?
        if !parsed { problem = "parse() returned false" }
        if let error = parser.parserError { problem = "parserError: \(error)" }
        if !checker.openElements.isEmpty { problem = "unclosed elements: \(checker.openElements)" }
        if checker.mismatched { problem = "an end tag did not match its start tag" }
        if checker.elements.isEmpty { problem = "no elements" }
        return Result(wellFormed: problem == nil, problem: problem, elements: checker.elements, text: checker.text)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        openElements.append(elementName)
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if openElements.popLast() != elementName { mismatched = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}

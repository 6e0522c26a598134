import YAMLSource
import SourceText

/// The rules of Namespaces in XML 1.0 for one start tag, which libxml2 checks (and reports, so
/// `XMLParser` failed) even with namespace processing off: declarations, prefixes, unique attributes.
extension XMLScanner {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    /// Checks the tag and returns the prefixes it declares.
    func checkNamespaces(element: String, nameRange: SourceRange, attributes: [XMLAttribute]) throws -> [String: String] {
        var declared: [String: String] = [:]
        var declaresDefault = false
        var others: [XMLAttribute] = []
        for attribute in attributes {
            if attribute.name == "xmlns" {
                guard !declaresDefault else { throw Self.duplicate(attribute, in: element) }
                declaresDefault = true
                try Self.checkDefaultNamespace(attribute)
            } else if attribute.name.hasPrefix("xmlns:") {
                let prefix = String(attribute.name.dropFirst(6))
                guard declared[prefix] == nil else { throw Self.duplicate(attribute, in: element) }
                if try Self.checkDeclaration(of: prefix, attribute) { declared[prefix] = attribute.value }
            } else {
                others.append(attribute)
            }
        }
        var names = Set<String>()
        var expandedNames: [String: String] = [:]
        for attribute in others {
            guard names.insert(attribute.name).inserted else { throw Self.duplicate(attribute, in: element) }
            guard let colon = attribute.name.firstIndex(of: ":") else { continue }
            let prefix = String(attribute.name[..<colon])
            let local = String(attribute.name[attribute.name.index(after: colon)...])
            guard let namespace = namespace(of: prefix, declared: declared) else {
                throw Self.undeclared(prefix, of: "the attribute `\(attribute.name)`", at: attribute.nameRange)
            }
            if let other = expandedNames.updateValue(attribute.name, forKey: namespace + " " + local) {
                throw ScanProblem(message: "`\(other)` and `\(attribute.name)` are the same attribute: both prefixes stand for the namespace `\(namespace)`",
                                  range: attribute.nameRange, help: "Remove one of them.")
            }
            if attribute.name == "xml:space" && attribute.value != "default" && attribute.value != "preserve" {
                throw ScanProblem(message: "`xml:space` is `\(attribute.value)`; XML allows only `default` or `preserve`",
                                  range: attribute.valueRange, help: "Write `xml:space=\"preserve\"` or remove the attribute.")
            }
        }
        if let colon = element.firstIndex(of: ":") {
            let prefix = String(element[..<colon])
            if namespace(of: prefix, declared: declared) == nil {
                throw Self.undeclared(prefix, of: "`<\(element)>`", at: nameRange)
            }
        }
        return declared
    }

    /// The namespace `prefix` stands for here: declared on this tag, on an open element, or `xml`.
    private func namespace(of prefix: String, declared: [String: String]) -> String? {
        if prefix == "xml" { return Self.xmlNamespace }
        return declared[prefix] ?? namespaces[prefix]?.last
    }

    private static func checkDefaultNamespace(_ attribute: XMLAttribute) throws {
        let value = attribute.value
        guard !value.isEmpty else { return }
        if value == xmlNamespace || value == xmlnsNamespace {
            throw reserved("`\(value)` is reserved and cannot be the default namespace", attribute)
        }
        switch NamespaceURI.kind(of: value) {
        case .absolute: return
        case .relative:
            throw ScanProblem(message: "the default namespace `\(value)` is not an absolute URI", range: attribute.valueRange,
                              help: "Write an absolute URI with a scheme; Salesforce metadata uses `xmlns=\"http://soap.sforce.com/2006/04/metadata\"`.")
        case .invalid:
            throw notURI(attribute)
        }
    }

    /// Checks `xmlns:prefix="…"`; true when it binds the prefix (`xmlns:xml` with the XML namespace binds nothing new).
    private static func checkDeclaration(of prefix: String, _ attribute: XMLAttribute) throws -> Bool {
        let value = attribute.value
        if prefix == "xml" {
            guard value == xmlNamespace else { throw reserved("the prefix `xml` stands only for `\(xmlNamespace)`", attribute) }
            return false
        }
        if value == xmlNamespace { throw reserved("`\(xmlNamespace)` belongs to the prefix `xml` alone", attribute) }
        if prefix == "xmlns" { throw reserved("the prefix `xmlns` cannot be declared", attribute) }
        if value == xmlnsNamespace { throw reserved("`\(xmlnsNamespace)` cannot be declared as a namespace", attribute) }
        if value.isEmpty {
            throw ScanProblem(message: "`xmlns:\(prefix)` is empty: a prefix must stand for a namespace", range: attribute.nameRange,
                              help: "Give the namespace URI, or remove the declaration.")
        }
        if NamespaceURI.kind(of: value) == .invalid { throw notURI(attribute) }
        return true
    }

    private static func reserved(_ message: String, _ attribute: XMLAttribute) -> ScanProblem {
        ScanProblem(message: message, range: attribute.nameRange, help: "Remove or fix the declaration `\(attribute.name)`.")
    }

    private static func notURI(_ attribute: XMLAttribute) -> ScanProblem {
        ScanProblem(message: "`\(attribute.name)` must be a URI, and `\(attribute.value)` is not one", range: attribute.valueRange,
                    help: "Percent-encode what a URI cannot hold (spaces, `<`, `{`, non-ASCII letters…); Salesforce metadata uses `xmlns=\"http://soap.sforce.com/2006/04/metadata\"`.")
    }

    private static func duplicate(_ attribute: XMLAttribute, in element: String) -> ScanProblem {
        ScanProblem(message: "the attribute `\(attribute.name)` is given twice in `<\(element)>`", range: attribute.nameRange,
                    help: "Remove one of them.")
    }

    private static func undeclared(_ prefix: String, of what: String, at range: SourceRange) -> ScanProblem {
        ScanProblem(message: "the namespace prefix `\(prefix)` of \(what) is not declared", range: range,
                    help: "Declare it on this element or an enclosing one (`xmlns:\(prefix)=\"…\"`), or remove the prefix.")
    }
}

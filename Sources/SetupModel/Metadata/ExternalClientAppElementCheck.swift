import SourceText

/// Checks an External Client App file's element names and enumerated values against its type's
/// documented fields, tolerating newer API versions than the documentation: a name one edit away from
/// a documented one is most likely a typo (`unknownElement`); any other unknown name may be a newer
/// field (`unlistedElement`). Values of enumerations are compared ignoring letter case, as Salesforce does.
struct ExternalClientAppElementCheck {
    let type: ExternalClientAppType

    func problems(for root: XMLElementNode) -> [ReadingProblem] {
        var result: [ReadingProblem] = []
        for child in root.children {
            guard let grandchildren = type.elements[child.name] else {
                result.append(unknown(child, among: Array(type.elements.keys), in: type.root))
                continue
            }
            for grandchild in child.children where !grandchildren.contains(grandchild.name) {
                result.append(unknown(grandchild, among: grandchildren, in: "\(type.root)'s `<\(child.name)>`"))
            }
            if let values = type.enumerations[child.name], child.children.isEmpty {
                let (text, range) = child.trimmedText
                guard type.documentedValue(of: child.name, text) == nil else { continue }
                result.append(ReadingProblem(
                    kind: .wrongType,
                    message: "`<\(child.name)>` is " + (text.isEmpty ? "empty" : "`\(text)`") + ", which is not one of its values"
                        + Suggestions.didYouMean(text, among: values),
                    range: range, help: "Write one of " + values.map { "`\($0)`" }.joined(separator: ", ") + "."))
            }
        }
        return result
    }

    private func unknown(_ element: XMLElementNode, among known: [String], in parent: String) -> ReadingProblem {
        let name = Array(element.name.lowercased().unicodeScalars)
        let near = known.sorted().first { Suggestions.editDistance(name, Array($0.lowercased().unicodeScalars)) <= 1 }
        if let near {
            return ReadingProblem(kind: .unknownElement, message: "`<\(element.name)>` is not an element of \(parent); did you mean `<\(near)>`?",
                                  range: element.nameRange,
                                  help: "Correct the name to `<\(near)>`: Salesforce does not read a misspelt setting, so its default stays in place.")
        }
        return ReadingProblem(kind: .unlistedElement,
                              message: "`<\(element.name)>` is not among the documented elements of \(parent) (Metadata API v66.0)",
                              range: element.nameRange,
                              help: "Nothing to do if a newer API version defines it; otherwise check its name against the Metadata API Developer Guide.")
    }
}

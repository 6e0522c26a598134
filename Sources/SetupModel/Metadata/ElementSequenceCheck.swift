import YAMLSource
import SourceText

/// Checks the children of one element against its Metadata API sequence: unknown elements,
/// elements out of order, and elements repeated where the schema allows one.
struct ElementSequenceCheck {
    let sequence: [String]
    /// Elements the schema lets repeat (`maxOccurs="unbounded"`).
    let repeatable: Set<String>
    let typeName: String
    let keyPath: String

    func problems(for parent: XMLElementNode) -> [ReadingProblem] {
        var result: [ReadingProblem] = []
        /// The earlier known children that came later in the sequence than every child before them, in
        /// document order: the first earlier sibling that belongs after a child is the first of these that does.
        var rising: [(index: Int, element: XMLElementNode)] = []
        var seen: [String: Int] = [:]
        for child in parent.children {
            guard let index = sequence.firstIndex(of: child.name) else {
                result.append(ReadingProblem(
                    kind: .unknownElement,
                    message: "`<\(child.name)>` is not an element of \(typeName)\(Suggestions.didYouMean(child.name, among: sequence))",
                    range: child.nameRange, keyPath: keyPath,
                    help: "Remove it or fix its name: a deploy rejects an element the Metadata API does not define. The elements of \(typeName) are "
                        + sequence.map { "`\($0)`" }.joined(separator: ", ") + "."))
                continue
            }
            if let firstLine = seen[child.name], !repeatable.contains(child.name) {
                result.append(ReadingProblem(
                    kind: .duplicateKey,
                    message: "`<\(child.name)>` is repeated; it is already given on line \(firstLine)",
                    range: child.nameRange, keyPath: keyPath, help: "Keep one `<\(child.name)>` and delete the other."))
            }
            seen[child.name] = seen[child.name] ?? child.nameRange.start.line
            if let after = rising.first(where: { $0.index > index }) {
                var problem = ReadingProblem(
                    kind: .elementOrder,
                    message: "`<\(child.name)>` is out of order: \(typeName) puts it before `<\(after.element.name)>` (line \(after.element.nameRange.start.line))",
                    range: child.nameRange, keyPath: keyPath,
                    help: "Move `<\(child.name)>` above `<\(after.element.name)>`; the Metadata API reads \(typeName)'s elements in alphabetical order and a deploy can reject them out of sequence.")
                problem.repair = Repair("Put the elements of `<\(parent.name)>` in \(typeName)'s order",
                                        .reorderChildren(ofElementNamedAt: parent.nameRange, sequence: sequence))
                result.append(problem)
            } else if index > rising.last?.index ?? -1 {
                rising.append((index, child))
            }
        }
        return result
    }
}

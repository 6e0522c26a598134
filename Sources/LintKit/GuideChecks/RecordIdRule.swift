import SetupModel
import RuleFiles

/// `record-id`: a connector value that is a Salesforce record id (Pardot's Business Unit ID) must be the
/// 18-character id with the object's key prefix, as Cyclr asks.
struct RecordIdRule: GuideCheck {

    func check(_ setup: Setup) -> [CheckFinding] {
        setup.profileValues { if case .recordId = $0 { return true }; return false }.compactMap { value, node in
            guard case .recordId(let prefix) = value.type, let text = node.literal else { return nil }
            let id = text.trimmingWhitespace
            lazy var help = "Copy the 18-character \(value.label) (it starts with `\(prefix)`) from Salesforce and write it as `\(value.name)`, "
                + "as in \(setup.cyclrValuesLocation)."
            let problem: String?
            if !id.unicodeScalars.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) {
                problem = "holds characters other than letters and digits"
            } else if id.count == 15 {
                problem = "is the 15-character form of a record id; Cyclr asks for the 18-character form, which adds a 3-character case checksum"
            } else if id.count != 18 {
                problem = "is \(id.count) characters long; a \(value.label) is 18"
            } else if !id.hasPrefix(prefix) {
                problem = "does not start with `\(prefix)`, the key prefix of a \(value.label)"
            } else {
                problem = nil
            }
            return problem.map { finding("`\(value.name)` \(quoted(id)) \($0)", at: node, help: help) }
        }
    }
}

/// `callback-url` -> ["callback", "url"].
func words(_ id: String) -> [String] { id.split(separator: "-").map(String.init) }

/// The Swift check type of a rule: `callback-url` -> `CallbackUrlRule`.
func checkTypeName(_ id: String) -> String { words(id).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Rule" }

/// The rule id a check type is named after: `CallbackUrlRule` -> `callback-url`.
func ruleId(ofCheckType typeName: String) -> String {
    var id = ""
    for character in typeName.dropLast("Rule".count) {
        if character.isUppercase, !id.isEmpty { id += "-" }
        id += character.lowercased()
    }
    return id
}

/// The Swift name of a rule or profile file's stem: `callback-url` -> `callbackUrl`.
func caseName(_ id: String) -> String {
    let parts = words(id)
    return ([parts[0]] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }).joined()
}

/// One generic check as a rule file uses it: where (`given`), what, and the message.
public struct GenericCheckUse: Sendable {
    public let given: KeyPathQuery
    public let check: any GenericCheck
    /// A template with `{value}`, `{key}`, `{keyPath}`, `{count}`, `{expected}`, `{detail}`; nil for the rule's title.
    public let message: String?

    public init(given: KeyPathQuery, check: any GenericCheck, message: String?) {
        self.given = given
        self.check = check
        self.message = message
    }
}

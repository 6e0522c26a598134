import Testing
import SetupModel

/// `${NAME}` is told exactly: NAME starts with a letter or `_` and holds only ASCII letters, digits and `_`.
@Suite struct EnvironmentReferenceTests {
    @Test(arguments: [
        ("${SALESFORCE_CONSUMER_KEY}", "SALESFORCE_CONSUMER_KEY"), ("${A}", "A"), ("${_x9}", "_x9"),
        ("${}", nil), ("${9A}", nil), ("$A", nil), ("{A}", nil), ("${A", nil), ("${A-B}", nil), (" ${A}", nil),
        ("${A} ", nil), ("${Ä}", nil), ("$$A}", nil), ("", nil),
    ] as [(String, String?)])
    func referencesAreTold(text: String, name: String?) {
        #expect(EnvironmentReference.name(in: text) == name)
        #expect(EnvironmentReference.isReference(text) == (name != nil))
        // A bridged or sliced string may have no contiguous UTF-8 storage: the same answer.
        #expect(EnvironmentReference.isReference(String(Substring(text))) == (name != nil))
    }
}

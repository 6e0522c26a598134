import SetupModel
import Testing

/// Key paths are made at their size from their parts: the same text interpolation gives, for any index and any key.
@Suite struct KeyPathsTests {
    @Test(arguments: [0, 1, 9, 10, 31, 32, 1_000, -1])
    func anItemIsItsListAndItsIndex(index: Int) {
        #expect(KeyPaths.item(index, of: "salesforce.connectedApp.oauth.scopes") == "salesforce.connectedApp.oauth.scopes[\(index)]")
        #expect(KeyPaths.item(index, of: "") == "[\(index)]")
    }

    @Test func aChildIsItsParentADotAndItsKey() {
        #expect(KeyPaths.child("oauth", of: "salesforce.connectedApp") == "salesforce.connectedApp.oauth")
        #expect(KeyPaths.child("version", of: "") == "version")
        #expect(KeyPaths.child("clé", of: "accounts[0]") == "accounts[0].clé")
        #expect(KeyPaths.child("a", of: "b") == "b.a")
    }
}

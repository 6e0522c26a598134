/// Keys named like a credential, whose literal values are never shown: `password`, `userKey` and
/// any key ending in `Secret` or `Token` (`clientSecret`, `accessToken`), in any letter case.
public enum CredentialName {
    public static func isCredential(_ key: String) -> Bool {
        let name = key.lowercased()
        return name.hasSuffix("password") || name.hasSuffix("secret") || name.hasSuffix("token") || name == "userkey"
    }
}

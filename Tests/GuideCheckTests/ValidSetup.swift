/// The setup the guide checks are tested against.
enum ValidSetup {
    /// A setup that follows the guide in every point; tests break one line of it at a time.
    static let text = """
        version: 1
        connector: Salesforce
        cyclr:
          serviceDomain: acme-h.cyclr.com
          clientId: ${SALESFORCE_CONSUMER_KEY}
          clientSecret: ${SALESFORCE_CONSUMER_SECRET}
        salesforce:
          org:
            type: production
            loginUrl: https://login.salesforce.com
            myDomain: acme.my.salesforce.com
          connectedApp:
            name: Acme Cyclr Integration
            apiName: Acme_Cyclr_Integration
            contactEmail: integrations@acme.example
            oauth:
              callbackUrls:
                - https://acme-h.cyclr.com/connector/callback
              scopes: [full, refresh_token]
              requireSecretForRefreshToken: false
              refreshTokenPolicy: infinite
        accounts:
          - name: Acme EMEA
            salesforceUser: integration@acme.example

        """

    /// `text` with one piece of text replaced; fails the test run when the piece is not there.
    static func replacing(_ original: String, with replacement: String) -> String {
        precondition(text.contains(original), "the valid setup has no `\(original)`")
        return text.replacingOccurrences(of: original, with: replacement)
    }
}

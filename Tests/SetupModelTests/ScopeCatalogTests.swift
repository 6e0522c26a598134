import Foundation
import Testing
@testable import SetupModel

@Suite struct ScopeCatalogTests {
    @Test func everySpellingOfRefreshTokenIsOneScope() {
        for spelling in ["refresh_token", "offline_access", "RefreshToken", "OfflineAccess", "REFRESH_TOKEN",
                         "Perform requests at any time (refresh_token, offline_access)",
                         "Perform requests on your behalf at any time (refresh_token, offline_access)"] {
            #expect(ScopeCatalog.scope(named: spelling) == ScopeCatalog.refreshToken, "\(spelling)")
        }
    }

    @Test func fullAccessSpellings() {
        for spelling in ["full", "Full", "Full access (full)", " full "] {
            #expect(ScopeCatalog.scope(named: spelling)?.id == "full")
        }
    }

    @Test func metadataNamesMatchCaseSensitively() {
        #expect(ScopeCatalog.scope(metadataName: "Basic")?.id == "id")
        #expect(ScopeCatalog.scope(metadataName: "ID") == nil)
        #expect(ScopeCatalog.scope(metadataName: "ChatbotApi") == nil)
        #expect(ScopeCatalog.scope(metadataName: "SfapApi") == nil)
        #expect(ScopeCatalog.scope(metadataName: "SFAP")?.id == "sfap_api")
    }

    @Test func theMetadataEnumIsComplete() {
        let names = "Basic, Api, Web, Full, Chatter, CustomApplications, RefreshToken, OpenID, Profile, Email, Address, Phone, OfflineAccess, CustomPermissions, Wave, Eclair, Pardot, Lightning, Content, CDPIngest, CDPProfile, CDPQuery, Chatbot, CDPSegment, CDPIdentityResolution, CDPCalculatedInsight, ForgotPassword, UserRegistration, SFAP, Interaction, CDP, EinsteinGPT, PwdlessLogin, MCP, SCRT"
        for name in names.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            #expect(ScopeCatalog.scope(metadataName: name) != nil, "\(name)")
        }
    }

    @Test func unknownScopesAreNil() {
        #expect(ScopeCatalog.scope(named: "fullaccess") == nil)
    }
}

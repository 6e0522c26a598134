import Testing
@testable import LintKit

@Suite struct FailLevelTests {
    @Test func failLevelsCompareSeverities() {
        #expect(FailLevel.error.fails(on: .error))
        #expect(!FailLevel.error.fails(on: .warning))
        #expect(FailLevel.warning.fails(on: .warning))
        #expect(FailLevel.info.fails(on: .info))
        #expect(!FailLevel.never.fails(on: .error))
    }
}

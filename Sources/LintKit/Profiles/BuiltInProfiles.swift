import RuleFiles
import SetupModel

extension ConnectorProfiles {
    /// The profiles compiled into the binary from `Profiles/*.yaml` (generated as `CompiledProfiles`).
    public static let builtIn = ConnectorProfiles(CompiledProfiles.all)
}

// The rule and profile files' types (RuleDescription, Severity, RuleFileLoader…) moved to RuleFiles so
// that the build can read Rules/ with them; LintKit's clients keep finding them here.
@_exported import RuleFiles

/// The tool's version, printed by `plansheet --version`.
enum PlanSheetVersion {
    /// Semantic version of the command-line tool and its libraries.
    static let current = "0.9.0"
}

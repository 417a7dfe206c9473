/// The number format each role is written with.
///
/// Amounts use thousands separators with a dash for zero, as the plan prints them
/// (`1.490.000`, `-` for nothing): `#,##0;-#,##0;"-"`. Counts use `#,##0`, years `0`.
public enum ExportNumberFormat {
    /// Kroner: `#,##0` for positive and negative amounts, `-` for zero.
    public static let kroner = "#,##0;-#,##0;\"-\""
    /// Whole counts with thousands separators.
    public static let count = "#,##0"
    /// Years and other plain whole numbers.
    public static let plain = "0"

    /// The format code for `role`; `nil` for text roles.
    public static func code(for role: ExportCellRole) -> String? {
        switch role {
        case .amount, .totalAmount, .remainingAmount, .frameAmount: return kroner
        case .count: return count
        case .year, .areaNumber: return plain
        default: return nil
        }
    }
}

/// Keeps a sheet printable on A4: the exporter prints every sheet in landscape, fitted to
/// the page width, so a sheet much wider than the page would print in a tiny font. The
/// columns' widths together are held to ``maximumTotal`` characters of the default font
/// (11 pt), which prints at 9–10 pt, never below 8 pt: the wide columns (text, which
/// wraps) give up width in proportion to what they have above ``floor``; narrow columns
/// (numbers, ids) keep theirs.
enum PrintWidth {
    /// The most characters a sheet's columns may take together.
    static let maximumTotal = 150.0
    /// No column is narrowed below this (in characters).
    static let floor = 12.0

    /// `widths`, the wide columns narrowed so that they sum to at most ``maximumTotal``.
    static func capped(_ widths: [Double]) -> [Double] {
        let total = widths.reduce(0, +)
        guard total > maximumTotal else { return widths }
        let spare = widths.reduce(0) { $0 + max($1 - floor, 0) }
        let excess = total - maximumTotal
        guard spare > 0 else { return widths }
        let share = min(excess / spare, 1)
        return widths.map { width in
            guard width > floor else { return width }
            return ((width - (width - floor) * share) * 4).rounded(.down) / 4
        }
    }
}

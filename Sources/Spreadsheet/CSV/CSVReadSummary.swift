/// What a complete pass over a CSV file found.
public struct CSVReadSummary: Hashable, Sendable, CustomStringConvertible {
    /// The dialect used, with the encoding as finally decided (a file that looked like ASCII
    /// in the sample may have turned out to be Windows-1252).
    public var dialect: CSVDialect
    /// Rows (records) read, counting blank lines and the header, not a `sep=` line.
    public var rowCount: Int
    /// Physical lines in the file (a quoted field with line breaks spans several).
    public var lineCount: Int
    /// Rows that were empty lines.
    public var blankRowCount: Int
    /// The number of fields in the first non-blank row (the header, when there is one).
    public var expectedFieldCount: Int?
    /// Non-blank rows with another number of fields than ``expectedFieldCount``.
    public var raggedRowCount: Int
    /// The first ragged rows (at most ``raggedRowLimit``).
    public var raggedRows: [CSVRaggedRow]
    /// Unpaired UTF-16 surrogates that were replaced by U+FFFD.
    public var replacementCharacterCount: Int

    /// How many ragged rows ``raggedRows`` lists at most.
    public static let raggedRowLimit = 100

    public var description: String {
        var text = "\(rowCount) rows on \(lineCount) lines (\(blankRowCount) blank); \(dialect)"
        if raggedRowCount > 0, let expected = expectedFieldCount {
            text += "; \(raggedRowCount) rows do not have \(expected) fields"
        }
        if replacementCharacterCount > 0 { text += "; \(replacementCharacterCount) broken UTF-16 characters replaced" }
        return text
    }
}

/// A row whose number of fields differs from the first row's.
public struct CSVRaggedRow: Hashable, Sendable {
    /// Zero-based row index.
    public var row: Int
    /// The line (from 1) where the row starts.
    public var line: Int
    /// Its number of fields (a trailing delimiter counts an empty field).
    public var fieldCount: Int
}

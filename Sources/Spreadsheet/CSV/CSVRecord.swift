/// One row of a CSV file as raw fields, for callers that want to skip building `String`s.
///
/// ``CSVReader/forEachRecord(_:)`` hands out a record for each row. The record and the
/// buffers it gives are only valid during that call: copy what you need.
///
/// Field bytes are already unquoted (doubled quotes collapsed). They are UTF-8, except in a
/// file read as Windows-1252, where they are that code page's bytes (``string(at:)``
/// decodes either). UTF-16 files are transcoded to UTF-8 before parsing.
public struct CSVRecord {
    let session: CSVReadSession

    /// Zero-based row index (a `sep=` line does not count; blank lines do).
    public var index: Int { session.rowIndex }
    /// The line (from 1) where the row starts.
    public var line: Int { session.parser.recordLine }
    /// The number of fields (a trailing delimiter adds an empty one; a blank line has one empty field).
    public var count: Int { session.fieldCount }
    /// Whether the row is the header (the first row of a file whose dialect has one).
    public var isHeader: Bool { session.isHeader }
    /// Whether the row was an empty line.
    public var isBlank: Bool { session.parser.recordIsBlank }

    /// The bytes of field `field`, valid during the current call only.
    @inline(__always)
    public func bytes(at field: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(field >= 0 && field < count, "CSVRecord: field index out of range")
        return session.parser.bytes(ofField: field)
    }

    /// Whether field `field` was quoted in the file.
    public func isQuoted(_ field: Int) -> Bool {
        precondition(field >= 0 && field < count, "CSVRecord: field index out of range")
        return session.parser.fields[field].flags & CSVByteParser.quotedFlag != 0
    }

    /// The text of field `field`, decoded.
    public func string(at field: Int) throws(CSVError) -> String {
        precondition(field >= 0 && field < count, "CSVRecord: field index out of range")
        return try session.string(field)
    }

    /// The value of field `field`: `.empty` for an empty field, a number when
    /// ``CSVReadOptions/typeNumbers`` is on and the field is one, else text.
    public func value(at field: Int) throws(CSVError) -> CellValue {
        precondition(field >= 0 && field < count, "CSVRecord: field index out of range")
        return try session.value(field)
    }

    /// The row as cells (only non-empty fields).
    public func row() throws(CSVError) -> Row {
        Row(index: index, cells: try session.makeCells())
    }
}

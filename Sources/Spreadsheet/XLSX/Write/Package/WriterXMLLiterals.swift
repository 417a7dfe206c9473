/// Literal pieces shared by the parts the writer produces.
enum WriterXMLLiterals {
    /// The XML declaration every part starts with.
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The SpreadsheetML main namespace.
    static let spreadsheetML: StaticString = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// The officeDocument relationships namespace (`r:`).
    static let relationshipsNS: StaticString = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Prefix of every officeDocument relationship type.
    static let relationshipTypePrefix = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
}

/// The namespaces an OOXML spreadsheet package uses, in their Transitional and
/// Strict (ISO 29500 strict, `purl.oclc.org`) spellings.
enum XMLNamespaces {
    static let mainTransitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let mainStrict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    static let relationshipsTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationshipsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    /// The SpreadsheetML namespace of Excel 2007 beta files, which this reader refuses.
    static let excel2007Beta = "http://schemas.microsoft.com/office/excel/2006/2"
}

/// Tells whether a namespace pointer handed over by libxml2 is one of a few
/// URIs. libxml2 interns namespace names in its dictionary, so after the first
/// comparison a pointer check answers.
struct NamespaceMatcher {
    private let uris: [[UInt8]]
    private var known: UnsafePointer<UInt8>?
    private var knownOther: UnsafePointer<UInt8>?

    init(_ uris: String...) {
        self.uris = uris.map { Array($0.utf8) }
    }

    /// Whether `uri` is one of the matcher's namespaces.
    @inline(__always)
    mutating func matches(_ uri: UnsafePointer<UInt8>?) -> Bool {
        guard let uri else { return false }
        if uri == known { return true }
        if uri == knownOther { return false }
        for candidate in uris where equal(uri, candidate) {
            known = uri
            return true
        }
        knownOther = uri
        return false
    }

    private func equal(_ uri: UnsafePointer<UInt8>, _ candidate: [UInt8]) -> Bool {
        var i = 0
        while i < candidate.count {
            if uri[i] != candidate[i] { return false }
            i += 1
        }
        return uri[i] == 0
    }

    /// SpreadsheetML main, Transitional or Strict.
    static var main: NamespaceMatcher { NamespaceMatcher(XMLNamespaces.mainTransitional, XMLNamespaces.mainStrict) }
    /// Office document relationships (the `r:id` attributes), Transitional or Strict.
    static var relationships: NamespaceMatcher {
        NamespaceMatcher(XMLNamespaces.relationshipsTransitional, XMLNamespaces.relationshipsStrict)
    }
}

/// Tells files apart by their first bytes: zip packages (`PK`), empty files, PDF documents
/// (`%PDF-`, a spreadsheet saved or printed as PDF and handed in instead), and OLE
/// compound documents (D0 CF 11 E0), which are either password-protected OOXML
/// (`EncryptedPackage`) or legacy BIFF `.xls` (`Workbook`/`Book`). The XLSX reader uses it
/// to name what a non-package is; the CSV reader to refuse workbooks.
enum ContainerSniffer {
    /// What the first bytes of a file show.
    enum Container: Equatable {
        case empty
        case zipPackage
        case compoundDocument
        case pdf
        case other
    }

    /// The container `prefix` shows, by ``SpreadsheetFormat``'s signatures.
    static func container(ofPrefix prefix: UnsafeRawBufferPointer) -> Container {
        if prefix.isEmpty { return .empty }
        if prefix.starts(with: SpreadsheetFormat.compoundDocumentSignature) { return .compoundDocument }
        if prefix.starts(with: SpreadsheetFormat.pdfSignature) { return .pdf }
        if SpreadsheetFormat.zipSignatures.contains(where: { prefix.starts(with: $0) }) { return .zipPackage }
        return .other
    }

    /// Classifies an OLE compound document by the UTF-16LE stream names its directory holds.
    /// `chunks` calls its argument with successive chunks of the whole file.
    static func classifyCompoundDocument(
        _ chunks: (_ visit: (UnsafeRawBufferPointer) -> Bool) -> Void
    ) -> XLSXError.Kind {
        let encrypted = utf16LE("EncryptedPackage")
        let workbook = utf16LE("Workbook")
        let book = utf16LE("Book")
        let keep = encrypted.count - 1
        var carry: [UInt8] = []
        var foundWorkbook = false
        var foundEncrypted = false
        chunks { chunk in
            var window = carry
            window.append(contentsOf: chunk)
            if contains(window, encrypted) {
                foundEncrypted = true
                return false
            }
            if !foundWorkbook && (contains(window, workbook) || contains(window, book)) { foundWorkbook = true }
            carry = Array(window.suffix(keep))
            return true
        }
        if foundEncrypted { return .encryptedWorkbook }
        if foundWorkbook { return .legacyXLS }
        return .compoundDocument
    }

    private static func utf16LE(_ text: String) -> [UInt8] {
        text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

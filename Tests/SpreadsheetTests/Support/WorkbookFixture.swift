import Foundation
import Spreadsheet

/// A small XLSX package assembled from XML text, for tests that need one feature at a time.
///
/// By default: `[Content_Types].xml`, the package relationships, `xl/workbook.xml`
/// with the sheets in order, its relationships, and each sheet at
/// `xl/worksheets/sheetN.xml`; shared strings and styles only when given.
struct WorkbookFixture {
    struct Sheet {
        var name: String
        var xml: String
        var state: String? = nil
        /// The relationship type's last segment (`worksheet`, `chartsheet`...).
        var kind: String = "worksheet"
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"

    var sheets: [Sheet]
    var sharedStrings: String? = nil
    var styles: String? = nil
    var workbookExtra = ""
    var date1904 = false
    var extraEntries: [ZipBuilder.Entry] = []

    /// One worksheet named `Sheet1` with `sheetData` rows (and `extra` after `</sheetData>`).
    init(rows: String, extra: String = "", sharedStrings: [String]? = nil, styles: String? = nil) {
        sheets = [Sheet(name: "Sheet1", xml: WorkbookFixture.worksheet(rows, extra: extra))]
        self.sharedStrings = sharedStrings.map(WorkbookFixture.sharedStringsXML)
        self.styles = styles
    }

    init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    static func worksheet(_ rows: String, extra: String = "", before: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(main)" xmlns:r="\(rel)">\(before)<sheetData>\(rows)</sheetData>\(extra)</worksheet>
        """
    }

    /// `<sst>` with each item's inner XML as given (`<t>a</t>`, `<r><t>b</t></r>`...).
    static func sharedStringsXML(_ items: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="\(main)" count="\(items.count)" uniqueCount="\(items.count)">\(items.map { "<si>\($0)</si>" }.joined())</sst>
        """
    }

    /// `styles.xml` with custom formats `numFmts` (id → code) and `cellXfs` numFmtIds in order.
    static func stylesXML(numFmts: [(Int, String)] = [], cellXfs: [Int]) -> String {
        let formats = numFmts.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(escape($0.1))\"/>" }.joined()
        let xfs = cellXfs.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="\(main)"><numFmts count="\(numFmts.count)">\(formats)</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="\(cellXfs.count)">\(xfs)</cellXfs></styleSheet>
            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    var entries: [ZipBuilder.Entry] {
        var out: [ZipBuilder.Entry] = []
        out.append(
            .init(
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/></Types>
                """))
        out.append(
            .init(
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="\(WorkbookFixture.pkg)"><Relationship Id="rId1" \
                Type="\(WorkbookFixture.rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """))
        let sheetElements = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(WorkbookFixture.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.state.map { " state=\"\($0)\"" } ?? "") r:id=\"rId\(index + 1)\"/>"
        }.joined()
        out.append(
            .init(
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(WorkbookFixture.main)" xmlns:r="\(WorkbookFixture.rel)">\
                <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetElements)</sheets>\(workbookExtra)</workbook>
                """))
        var relationships = sheets.enumerated().map { index, sheet in
            "<Relationship Id=\"rId\(index + 1)\" Type=\"\(WorkbookFixture.rel)/\(sheet.kind)\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        if sharedStrings != nil {
            relationships.append("<Relationship Id=\"rIdS\" Type=\"\(WorkbookFixture.rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        if styles != nil {
            relationships.append("<Relationship Id=\"rIdT\" Type=\"\(WorkbookFixture.rel)/styles\" Target=\"styles.xml\"/>")
        }
        out.append(
            .init(
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="\(WorkbookFixture.pkg)">\(relationships.joined())</Relationships>
                """))
        for (index, sheet) in sheets.enumerated() {
            out.append(.init("xl/worksheets/sheet\(index + 1).xml", sheet.xml))
        }
        if let sharedStrings { out.append(.init("xl/sharedStrings.xml", sharedStrings)) }
        if let styles { out.append(.init("xl/styles.xml", styles)) }
        out.append(contentsOf: extraEntries)
        return out
    }

    /// The package's bytes.
    var bytes: [UInt8] { ZipBuilder.archive(entries) }

    /// The package opened by the reader.
    func open(_ options: XLSXReadOptions = XLSXReadOptions()) throws -> XLSXWorkbook {
        try XLSXWorkbook(bytes: bytes, options: options)
    }

    /// The first sheet read into memory.
    func grid(_ options: XLSXReadOptions = XLSXReadOptions()) throws -> SheetGrid {
        try open(options).readSheet(at: 0)
    }
}

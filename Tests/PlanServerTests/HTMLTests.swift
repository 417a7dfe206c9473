import PlanModel
import Spreadsheet
import Testing

@testable import PlanServer

@Suite("Serve: escaping and cell texts")
struct HTMLTests {
    @Test("Interpolated text is escaped; markup literals and nested HTML are not")
    func escaping() {
        let hostile = "<script>\"x\" & 'y'</script>\u{1B}[2J"
        let html: HTML = "<td title=\"\(hostile)\">\(hostile)</td>"
        #expect(
            html.markup
                == "<td title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\u{FFFD}[2J\">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\u{FFFD}[2J</td>"
        )
        let nested: HTML = "<p>\(html)</p>"
        #expect(nested.markup == "<p>" + html.markup + "</p>")
    }

    @Test(
        "Numbers are shown as their format shows them",
        arguments: [
            (CellValue.integer(1_490_000), "#,##0", Language.danish, "1.490.000"),
            (CellValue.integer(1_490_000), "#,##0", Language.english, "1,490,000"),
            (CellValue.number(1234.5), "#,##0.00", Language.danish, "1.234,50"),
            (CellValue.number(0.25), "0%", Language.danish, "25%"),
            (CellValue.integer(1_490_000), "#,##0,", Language.danish, "1.490"),
            (CellValue.integer(40_000), "#,##0 \"kr.\"", Language.danish, "40.000 kr."),
            (CellValue.integer(-5000), "#,##0;[Red]-#,##0", Language.danish, "-5.000"),
            (CellValue.integer(42), "General", Language.danish, "42"),
            (CellValue.number(2.5), "General", Language.danish, "2,5"),
            (CellValue.integer(1000), "_-* #,##0_-;-* #,##0_-", Language.danish, "1.000"),
        ])
    func cellText(value: CellValue, format: String, language: Language, expected: String) {
        let cell = Cell(column: 0, value: value, numberFormat: format)
        #expect(CellDisplayText(language: language).text(cell) == expected)
    }

    @Test("Secrets: 43 URL-safe characters, hashed, compared in constant time")
    func secrets() {
        let secret = SecretToken.generate()
        #expect(SecretToken.isWellFormed(secret))
        #expect(secret != SecretToken.generate())
        #expect(SecretToken.hash(secret).count == 64)
        #expect(SecretToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(!SecretToken.isWellFormed("../../etc/passwd"))
        #expect(SecretToken.constantTimeEqual(secret, secret))
        #expect(!SecretToken.constantTimeEqual(secret, SecretToken.generate()))
    }

    @Test("Upload names are shown as their last part")
    func displayNames() {
        #expect(PlanServerState.displayName("C:\\Users\\x\\budget.xlsx") == "budget.xlsx")
        #expect(PlanServerState.displayName("../../etc/passwd") == "passwd")
        #expect(PlanServerState.displayName("   ") == "upload")
    }

    @Test("Multipart parameters, quoted or not")
    func multipartParameters() {
        let header = "form-data; name=\"file\"; filename=\"a \\\"b\\\".xlsx\""
        #expect(UploadForm.parameter("name", in: header) == "file")
        #expect(UploadForm.parameter("filename", in: header) == "a \"b\".xlsx")
        #expect(UploadForm.boundary(of: "multipart/form-data; boundary=abc") == "abc")
        #expect(UploadForm.boundary(of: "text/plain") == nil)
    }
}

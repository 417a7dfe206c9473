import Foundation
import Spreadsheet
import Testing

@testable import PlanMapping

/// Compares a sheet read back from a file with the table model it was written from.
enum ExportReadBack {
    /// Every model cell is in the read grid with the same value, formula and number
    /// format, and the grid holds no other non-empty cell.
    static func expectSame(_ sheet: ExportSheet, as grid: SheetGrid, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var modelCells = Set<CellAddress>()
        for (rowIndex, row) in sheet.rows.enumerated() {
            for cell in row.cells {
                let address = CellAddress(row: rowIndex, column: cell.column)
                modelCells.insert(address)
                let read = grid.cell(at: address)
                let place = "\(sheet.name)!\(address.a1)"
                #expect(read?.value == cell.value, "value of \(place)", sourceLocation: sourceLocation)
                #expect(read?.formula == cell.formula, "formula of \(place)", sourceLocation: sourceLocation)
                if let code = ExportNumberFormat.code(for: cell.role) {
                    #expect(read?.numberFormat == code, "number format of \(place)", sourceLocation: sourceLocation)
                }
            }
        }
        for row in grid.rows {
            for cell in row.cells where !cell.value.isEmpty {
                let address = CellAddress(row: row.index, column: cell.column)
                #expect(modelCells.contains(address), "unexpected cell \(sheet.name)!\(address.a1)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// Reads the XML parts of a workbook with Python's zipfile (not our reader), to check
/// what the package holds.
enum PythonZip {
    static let python = TestEnvironment.python
    static var isAvailable: Bool { python != nil }

    static let script = """
        import json, sys, zipfile
        with zipfile.ZipFile(sys.argv[1]) as z:
            print(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml") or n.endswith(".rels")}))
        """

    /// The text of every XML part, by part name.
    static func parts(of path: String) throws -> [String: String] {
        let result = try Subprocess.run(python!, ["-c", script, path])
        guard result.status == 0 else { throw CheckFailure(result.output) }
        return try JSONDecoder().decode([String: String].self, from: Data(result.output.utf8))
    }
}

struct CheckFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// /work/shared/tools/xlsx-client-check (`../shared/tools` from the package root):
/// LibreOffice, openpyxl, calamine and the OOXML schemas judge a workbook.
enum ClientCheck {
    static let tool = Fixtures.path("../shared/tools/xlsx-client-check")
    static let python = TestEnvironment.python

    /// Why the check cannot run here, or nil.
    static let unavailableReason: String? = {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            return "the shared folder's tools/xlsx-client-check was not found at \(tool)"
        }
        guard TestEnvironment.executable(named: "soffice") != nil || TestEnvironment.executable(named: "libreoffice") != nil else {
            return "LibreOffice (soffice) was not found"
        }
        guard TestEnvironment.pythonImports("openpyxl, python_calamine") else {
            return "python3 with openpyxl and python-calamine was not found"
        }
        return nil
    }()

    /// The `--expect` file: cells and what every program must see in them.
    struct Expectation: Encodable {
        struct Sheet: Encodable {
            var name: String
            var cells: [[Value]]
        }
        var sheets: [Sheet]
    }

    /// One element of an expected cell: A1, type letter, value.
    enum Value: Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Int)
        init(stringLiteral value: String) { self = .text(value) }
        init(integerLiteral value: Int) { self = .number(value) }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            }
        }
    }

    static func run(_ path: String, expect: Expectation, in folder: TemporaryFolder) throws -> ProcessOutput {
        let expectPath = folder.file("expect.json")
        try JSONEncoder().encode(expect).write(to: URL(fileURLWithPath: expectPath))
        return try Subprocess.run(python!, [tool, path, "--expect", expectPath, "-v"], separateErrors: false)
    }
}

/// Everything about a sheet besides its cells, collected until the workbook is closed.
struct SheetLayout {
    struct Column: Hashable {
        var width: Double?
        var hidden = false
    }

    struct Hyperlink {
        var cell: CellAddress
        var target: HyperlinkTarget
        var display: String?
        var tooltip: String?
    }

    struct Note {
        var text: String
        var author: String
    }

    struct Chart {
        var chart: XLSXChart
        var anchor: CellRange
    }

    var columns: [Int: Column] = [:]
    var frozenRows = 0
    var frozenColumns = 0
    var merges: [CellRange] = []
    var autoFilter: CellRange?
    var hyperlinks: [Hyperlink] = []
    var notes: [CellAddress: Note] = [:]
    var noteOrder: [CellAddress] = []
    var pageSetup: PageSetup?
    var charts: [Chart] = []
}

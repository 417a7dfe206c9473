/// Whether a sheet shows in the spreadsheet program's tab bar.
public enum SheetState: String, Hashable, Sendable, CaseIterable {
    /// Shown (also any state the file spells in an unknown way).
    case visible
    /// Hidden; the user can unhide it.
    case hidden
    /// Hidden so that only a macro (or the VBA editor) can unhide it.
    case veryHidden
}

/// What a sheet holds, from the type of the workbook's relationship to it.
public enum SheetKind: Hashable, Sendable, CustomStringConvertible {
    /// A grid of cells.
    case worksheet
    /// A chart occupying a whole sheet; it has no cells.
    case chartsheet
    /// An Excel 5 dialog sheet.
    case dialogsheet
    /// An Excel 4 (XLM) macro sheet, international or not.
    case macrosheet
    /// A relationship type this reader does not know, by the last segment of the
    /// type (empty when the sheet has no relationship at all).
    case other(String)

    init(relationshipKind kind: Substring) {
        switch kind {
        case "worksheet": self = .worksheet
        case "chartsheet": self = .chartsheet
        case "dialogsheet": self = .dialogsheet
        case "xlMacrosheet", "xlIntlMacrosheet", "macrosheet": self = .macrosheet
        default: self = .other(String(kind))
        }
    }

    /// `worksheet`, `chartsheet`, `dialogsheet`, `macrosheet`, or the unknown type's name (`unknown` when none).
    public var description: String {
        switch self {
        case .worksheet: return "worksheet"
        case .chartsheet: return "chartsheet"
        case .dialogsheet: return "dialogsheet"
        case .macrosheet: return "macrosheet"
        case .other(let name): return name.isEmpty ? "unknown" : name
        }
    }
}

/// A sheet as the workbook lists it.
public struct SheetInfo: Hashable, Sendable {
    /// The sheet's name as shown on its tab.
    public var name: String
    /// Zero-based position in the workbook's sheet order.
    public var index: Int
    /// Visible, hidden or very hidden.
    public var state: SheetState
    /// Worksheet, chartsheet, dialog sheet or macro sheet.
    public var kind: SheetKind

    /// Creates a sheet description (the reader makes these from `workbook.xml`).
    public init(name: String, index: Int, state: SheetState = .visible, kind: SheetKind = .worksheet) {
        self.name = name
        self.index = index
        self.state = state
        self.kind = kind
    }
}

/// A defined name of the workbook (`<definedName>`): a named range, constant or formula.
public struct DefinedName: Hashable, Sendable {
    /// The name (`Budget_2024`, or a built-in one such as `_xlnm.Print_Area`).
    public var name: String
    /// What it refers to, as formula text without `=` (`Sheet1!$A$1:$D$20`).
    public var formula: String
    /// The zero-based index of the sheet the name is local to; `nil` for a workbook-wide name.
    public var localSheetIndex: Int?
    /// Whether the name is hidden from the user.
    public var isHidden: Bool

    /// Creates a defined name.
    public init(name: String, formula: String, localSheetIndex: Int? = nil, isHidden: Bool = false) {
        self.name = name
        self.formula = formula
        self.localSheetIndex = localSheetIndex
        self.isHidden = isHidden
    }
}

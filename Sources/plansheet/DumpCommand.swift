import ArgumentParser
import Foundation
import PlanMapping
import Spreadsheet

/// `plansheet dump FILE`: a workbook's cached cell values (or a CSV file's fields) as canonical JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: HelpText.pick(
            da: "Skriv en projektmappes celleværdier som JSON (korpussets orakelformat).",
            en: "Print a workbook's cell values as JSON (the corpus oracle's format)."),
        discussion: HelpText.pick(
            da: """
                Hvert ark i projektmappens rækkefølge med navn, tilstand og slags; for regneark \
                hver celle med en værdi: ["A1","s","tekst"], ["B1","n",42], ["C1","b",true], \
                ["D1","e","#N/A"], ["E1","d","2020-01-31T13:45:00",43861.57]. Formler giver \
                deres gemte værdier. En CSV-fil giver ét ark med tekstceller og et "csv"-objekt \
                med det fundne tegnsæt, skilletegn, citattegn, overskrift og linjeskift. Hvad \
                filen er, afgøres af indholdet, ikke navnet.

                Eksempel: plansheet dump samples/partners/kommune-oversigt.xlsx > oversigt.json
                """,
            en: """
                Every sheet in workbook order with its name, state and kind; for worksheets, every cell \
                that holds a value: ["A1","s","text"], ["B1","n",42], ["C1","b",true], ["D1","e","#N/A"], \
                ["E1","d","2020-01-31T13:45:00",43861.57]. Formulas give their cached values.
                A .csv file gives one sheet of string cells and a "csv" object with the detected \
                encoding, delimiter, quote, header and line ending.

                Example: plansheet dump samples/partners/kommune-oversigt.xlsx > oversigt.json
                """))

    @Argument(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Projektmappen (.xlsx/.xlsm/.xltx/.xltm) eller CSV-filen, der skrives ud.", en: "The .xlsx/.xlsm/.xltx/.xltm workbook or .csv file to dump."
            )))
    var file: String

    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let language = languageOptions.language
        do {
            switch SpreadsheetFormat.detect(path: file) {
            case .text:
                print(try CSVDump.json(path: file))
            case .workbook:
                let workbook = try XLSXWorkbook(path: file)
                let output = FileHandle.standardOutput
                try WorkbookDump.write(workbook) { output.write(Data($0)) }
            case let other:
                throw InputError(file: file, format: other)
            }
        } catch {
            Terminal.error("plansheet dump: " + CommandSupport.message(error, language: language))
            throw ExitCode(2)
        }
    }
}

/// The comparison dump of a CSV file, in the format of the corpus' oracle dumps
/// (`shared/corpus/README.md`) plus what the reader detected:
///
/// ```json
/// {"date1904":false,"sheets":[
/// {"name":"tilskud","state":"visible","kind":"worksheet","cells":[
/// ["A1","s","Aktivitet"],
/// ["B1","s","Beløb"]
/// ]}
/// ],"csv":{"encoding":"utf-8-sig","delimiter":";","quote":"\"","header":true,"lineEnding":"\r\n"}}
/// ```
///
/// There is one sheet, named after the file without its extension. Every non-empty field is
/// an `"s"` cell with its text exactly as read (decoded and unquoted, never typed), at its
/// A1 position, sorted by row then column; blank lines keep their row numbers. `encoding` is
/// one of `utf-8`, `utf-8-sig`, `utf-16-le`, `utf-16-be`, `windows-1252` (the encoding as
/// finally decided after the whole file was read); `quote` is `null` when quoting is off.
/// Strings are escaped like Python's `json.dumps(..., ensure_ascii=False)`; the layout
/// (one cell per line) is the oracle's. The text ends with a line feed.
public enum CSVDump {
    /// The dump of the CSV file at `path`.
    public static func json(path: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> String {
        try json(reader: CSVReader(path: path, options: plain(options)))
    }

    /// The dump of CSV bytes, as a sheet called `name`.
    public static func json(bytes: [UInt8], name: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> String {
        try json(reader: CSVReader(bytes: bytes, name: name, options: plain(options)))
    }

    private static func plain(_ options: CSVReadOptions) -> CSVReadOptions {
        var options = options
        options.typeNumbers = false
        return options
    }

    static func json(reader: CSVReader) throws(CSVError) -> String {
        var cells: [String] = []
        let summary: CSVReadSummary
        do {
            summary = try reader.forEachRecord { record in
                for field in 0..<record.count where !record.bytes(at: field).isEmpty {
                    var line = "["
                    JSONText.appendString(CellAddress(row: record.index, column: field).a1, to: &line)
                    line += ",\"s\","
                    JSONText.appendString(try record.string(at: field), to: &line)
                    line += "]"
                    cells.append(line)
                }
            }
        } catch let error as CSVError {
            throw error
        } catch {
            preconditionFailure("CSVDump: unexpected error \(error)")
        }
        let dialect = summary.dialect
        var text = "{\"date1904\":false,\"sheets\":[\n{\"name\":"
        JSONText.appendString(reader.name, to: &text)
        text += ",\"state\":\"visible\",\"kind\":\"worksheet\",\"cells\":["
        if !cells.isEmpty {
            text += "\n" + cells.joined(separator: ",\n") + "\n"
        }
        text += "]}\n],\"csv\":{\"encoding\":"
        JSONText.appendString(dialect.encodingName, to: &text)
        text += ",\"delimiter\":"
        JSONText.appendString(String(dialect.delimiter), to: &text)
        text += ",\"quote\":"
        if let quote = dialect.quote {
            JSONText.appendString(String(quote), to: &text)
        } else {
            text += "null"
        }
        text += ",\"header\":" + (dialect.hasHeader ? "true" : "false")
        text += ",\"lineEnding\":"
        JSONText.appendString(dialect.lineEnding.text, to: &text)
        text += "}}\n"
        return text
    }
}

import ArgumentParser
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// Report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Languages on the command line.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case da, en

    var language: Language { self == .da ? .danish : .english }
}

/// Loading what several commands take.
enum CommandSupport {
    /// Reads a plan; on failure prints why and exits with status 2.
    static func loadPlan(_ path: String, language: Language) throws -> Plan {
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error(language == .danish ? "plansheet: kan ikke læse planen \(path)." : "plansheet: cannot read the plan \(path).")
            throw ExitCode(2)
        }
        do {
            return try Plan(jsonData: data)
        } catch {
            Terminal.error("plansheet: \(path): \(error)")
            throw ExitCode(2)
        }
    }

    /// Reads a mapping file; on failure prints why and exits with status 2.
    static func loadMapping(_ path: String, language: Language) throws -> MappingFile {
        do {
            return try MappingFile(path: path)
        } catch {
            Terminal.error("plansheet: \(error.file): \(language == .danish ? error.reason.da : error.reason.en)")
            throw ExitCode(2)
        }
    }

    /// The `--frame` amount in whole kroner ("2000000", "2.000.000", "2 mio. kr.").
    static func frame(_ text: String?, language: Language) throws -> Kroner? {
        guard let text else { return nil }
        guard let parsed = try? AmountParser.parse(text), let kroner = parsed.kroner, kroner >= 0 else {
            throw ValidationError(language == .danish
                ? "--frame \"\(text)\" er ikke et helt, ikke-negativt antal kroner."
                : "--frame \"\(text)\" is not a whole, non-negative number of kroner.")
        }
        return Kroner(kroner)
    }
}

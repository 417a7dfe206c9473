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

    /// The base plan of `--plan` (when given) and a scanner that follows the mapping file of
    /// `--mapping` (when given); on failure prints why and exits with status 2.
    static func loadInputs(plan: String?, mapping: String?, language: Language) throws -> (plan: Plan?, scanner: FileScanner) {
        let basePlan = try plan.map { try loadPlan($0, language: language) }
        let mappingFile = try mapping.map { try loadMapping($0, language: language) }
        return (basePlan, FileScanner(mapping: mappingFile, period: basePlan?.period))
    }

    /// Prints that an input file could not be read, and why.
    static func reportUnreadable(_ problem: InputError, language: Language) {
        Terminal.error((language == .danish ? "plansheet: kan ikke læse " : "plansheet: cannot read ") + problem.message(language))
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

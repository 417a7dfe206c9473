import ArgumentParser
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

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
            Terminal.error("plansheet: \(path): \(error.message[language])")
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
    static func loadInputs(plan: PlanOptions, mapping: MappingOptions, language: Language) throws -> (
        plan: Plan?, scanner: FileScanner
    ) {
        let basePlan = try plan.plan.map { try loadPlan($0, language: language) }
        let mappingFile = try mapping.mapping.map { try loadMapping($0, language: language) }
        return (basePlan, FileScanner(mapping: mappingFile))
    }

    /// Prints that an input file could not be read, and why.
    static func reportUnreadable(_ problem: InputError, language: Language) {
        Terminal.error((language == .danish ? "plansheet: kan ikke læse " : "plansheet: cannot read ") + problem.message(language))
    }
}

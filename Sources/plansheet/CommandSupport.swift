import ArgumentParser
import BudgetRules
import Foundation
import PlanMapping
import PlanModel
import Spreadsheet

/// Loading what several commands take.
enum CommandSupport {
    /// Reads a plan and checks it (``CheckPlanCommand``'s check): its errors and warnings
    /// are printed on standard error; an error in the plan exits with status 2, for every
    /// figure checked against it would be in doubt.
    static func loadPlan(_ path: String, language: Language) throws -> Plan {
        let plan = try readPlan(path, language: language)
        let report = Validator().validate(plan: plan, file: path)
        let serious = report.findings.filter { $0.severity != .info }
        guard !serious.isEmpty else { return plan }
        let shown = Report(files: [Report.FileReport(path: path, findings: serious)])
        Terminal.error(shown.text(language: language, width: 80))
        guard report.hasErrors else { return plan }
        Terminal.error(
            language == .danish
                ? "plansheet: planen \(path) har fejl (se ovenfor; `plansheet check-plan \(path)` viser dem igen)."
                : "plansheet: the plan \(path) has errors (see above; `plansheet check-plan \(path)` shows them again).")
        throw ExitCode(2)
    }

    /// Reads a plan without checking its meaning; on failure prints why and exits with status 2.
    static func readPlan(_ path: String, language: Language) throws -> Plan {
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
        // `--period` goes before the plan's, as for the rules: it says which years are read.
        return (basePlan, FileScanner(mapping: mappingFile, period: plan.planPeriod ?? basePlan?.period))
    }

    /// Prints that an input file could not be read, and why.
    static func reportUnreadable(_ problem: InputError, language: Language) {
        Terminal.error((language == .danish ? "plansheet: kan ikke læse " : "plansheet: cannot read ") + problem.message(language))
    }
}

extension CommandSupport {
    /// Any error of the libraries in `language`: each error type's own Danish and English
    /// texts (a system error's reason included), never an English fragment in Danish.
    static func message(_ error: any Error, language: Language) -> String {
        let english = language == .english
        switch error {
        case let error as XLSXWriteError: return english ? error.description : error.danishDescription
        case let error as XLSXError: return english ? error.description : error.danishDescription
        case let error as CSVError: return english ? error.description : error.danishDescription
        case let error as FileIOError: return english ? error.description : error.danishDescription
        case let error as ExportError: return error.message[language]
        case let error as InputError: return error.message(language)
        case let error as PlanDecodingError: return error.message[language]
        case let error as ValidationError: return error.message
        default: return english ? String(describing: error) : "uventet fejl: \(error)"
        }
    }
}

import Foundation
import PlanModel

/// Reads the plan JSON a command is given, with messages in Danish and English.
enum PlanFileInput {
    /// The plan at `path`, or an error message that names the file and the key at fault.
    static func load(_ path: String) throws(CommandFailure) -> Plan {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(
                da: "Kan ikke læse planen \(path): filen findes ikke eller kan ikke åbnes.",
                en: "Cannot read the plan \(path): the file does not exist or cannot be opened.")
        }
        do {
            return try Plan(jsonData: data)
        } catch {
            throw CommandFailure(da: "\(path): \(error.message.da)", en: "\(path): \(error.message.en)")
        }
    }
}

/// A failure a command reports to the user: one sentence in Danish and one in English,
/// printed to standard error, and exit status 1.
struct CommandFailure: Error {
    var da: String
    var en: String

    /// Prints the message to standard error.
    func report() {
        FileHandle.standardError.write(Data("fejl: \(da)\nerror: \(en)\n".utf8))
    }
}

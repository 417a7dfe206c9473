import ArgumentParser
import Foundation
import PlanModel
import Spreadsheet

/// The checks every written file passes before anything is read: it is not one of the
/// inputs (a copy never overwrites the partner's submission or the plan), and its name
/// ends in an extension the command writes.
enum OutputGuard {
    /// Throws a ``ValidationError`` in `language` when `output` is one of `inputs` (the same
    /// file under any name, a link included) or does not end in one of `extensions`.
    static func check(_ output: String, option: String, inputs: [String], extensions: [String], language: Language) throws {
        let lower = output.lowercased()
        guard extensions.contains(where: { lower.hasSuffix("." + $0) }) else {
            let list = extensions.map { "." + $0 }.joined(separator: language == .danish ? " eller " : " or ")
            throw ValidationError(
                LocalizedText(
                    da: "\(option) \(output): navnet skal ende på \(list), for det er det format, der skrives.",
                    en: "\(option) \(output): the name must end in \(list), the format written.")[language])
        }
        for input in inputs where sameFile(output, input) {
            throw ValidationError(
                LocalizedText(
                    da: "\(option) \(output) er en af inputfilerne; vælg et andet navn, så originalen ikke overskrives.",
                    en: "\(option) \(output) is one of the input files; choose another name so that the original is not overwritten.")[language])
        }
    }

    /// Whether `a` and `b` name the same file: the same device and inode when both exist,
    /// else the same absolute path with links resolved.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        if stat(a, &first) == 0, stat(b, &second) == 0 {
            return first.st_dev == second.st_dev && first.st_ino == second.st_ino
        }
        let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolve(a) == resolve(b)
    }
}

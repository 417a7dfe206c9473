import Foundation
import PlanModel

/// The language `--help` is written in: Danish when `--lang da` is on the command line or
/// the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) is Danish; English otherwise.
/// Every help text goes through ``pick(da:en:)``.
enum HelpText {
    /// The language of the help, decided once from the command line and the environment.
    static let language: Language = detect(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// The language of messages printed before the command's own options are read (errors
    /// in arguments): `--lang` when it is on the command line, else Danish, as the reports.
    static let messageLanguage: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let option = LanguageOption(rawValue: arguments[index + 1]) {
                return option.language
            }
            if argument.hasPrefix("--lang="), let option = LanguageOption(rawValue: String(argument.dropFirst(7))) {
                return option.language
            }
        }
        return .danish
    }()

    /// `da` or `en` in the help's language.
    static func pick(da: String, en: String) -> String { language == .danish ? da : en }

    /// The help's language for `arguments` and `environment`: `--lang da|en` (or
    /// `--lang=da|en`) wins; then the first locale variable that is set and not empty.
    static func detect(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if let value, let option = LanguageOption(rawValue: value) { return option.language }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let locale = environment[name], !locale.isEmpty else { continue }
            return locale.lowercased().hasPrefix("da") ? .danish : .english
        }
        return .english
    }
}

import Foundation
import PlanModel

/// How times, statuses and counts are written on the pages.
enum PageFormat {
    /// `2026-12-05 09:14` in the server's time zone.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// The status badge.
    static func status(_ status: SubmissionStatus, _ context: PageContext) -> HTML {
        let label =
            switch status {
            case .errors: context.t("Fejl", "Errors")
            case .warnings: context.t("Advarsler", "Warnings")
            case .ok: "OK"
            }
        return "<span class=\"status \(status.rawValue)\">\(label)</span>"
    }

    /// "2 fejl, 1 advarsel".
    static func counts(errors: Int, warnings: Int, _ context: PageContext) -> String {
        let e = context.t("\(errors) fejl", errors == 1 ? "1 error" : "\(errors) errors")
        let w = context.t(warnings == 1 ? "1 advarsel" : "\(warnings) advarsler", warnings == 1 ? "1 warning" : "\(warnings) warnings")
        return e + ", " + w
    }

    /// A plan year, or a dash.
    static func year(_ year: Int?) -> String { year.map(String.init) ?? "–" }
}

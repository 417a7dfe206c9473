import Hummingbird
import PlanModel

/// What every page needs to know: the language, who is looking, and the page's path (for
/// the language switch).
struct PageContext: Sendable {
    var language: Language
    var viewer: Viewer?
    var path: String
    /// Set when the request chose a language with `?lang=`: the cookie that keeps it.
    var languageCookie: Cookie?

    /// The text in the page's language.
    func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    /// The hidden form field carrying the session's CSRF token.
    var csrfField: HTML {
        guard let viewer else { return .empty }
        return "<input type=\"hidden\" name=\"csrf\" value=\"\(viewer.csrfToken)\">"
    }
}

extension PlanServerState {
    /// The page context of `request`: `?lang=da|en` (kept in a cookie), else the cookie, else Danish.
    func pageContext(of request: Request) async throws -> PageContext {
        let viewer = try await viewer(of: request)
        var language = Language.danish
        var languageCookie: Cookie?
        if let chosen = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) {
            language = chosen
            languageCookie = cookie(CookieName.language, chosen.rawValue, maxAge: 365 * 24 * 3600)
        } else if let kept = request.cookies[CookieName.language]?.value, let chosen = Language(rawValue: kept) {
            language = chosen
        }
        return PageContext(language: language, viewer: viewer, path: request.uri.path, languageCookie: languageCookie)
    }
}

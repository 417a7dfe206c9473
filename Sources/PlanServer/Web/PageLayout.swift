import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PlanModel

/// The frame around every page, and the responses that carry pages.
enum PageLayout {
    static func page(_ title: String, _ body: HTML, _ context: PageContext) -> HTML {
        let other: Language = context.language == .danish ? .english : .danish
        var nav: [HTML] = []
        if let viewer = context.viewer {
            nav.append("<a href=\"/\">\(context.t("Forside", "Home"))</a>")
            if viewer.person.isAdmin {
                nav.append("<a href=\"/plans\">\(context.t("Planversioner", "Plan versions"))</a>")
            }
            let role = viewer.person.isAdmin ? context.t("sekretariatet", "secretariat") : context.t("partner", "partner")
            nav.append("<span class=\"who\">\(viewer.person.name) (\(role))</span>")
            nav.append(
                """
                <form method="post" action="/signout" class="inline">\(context.csrfField)\
                <button type="submit" class="link">\(context.t("Log ud", "Sign out"))</button></form>
                """)
        }
        return """
            <!doctype html>
            <html lang="\(context.language.rawValue)">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · PlanSheets</title><link rel="stylesheet" href="/static/app.css"></head>
            <body>
            <header class="top"><a class="brand" href="/">PlanSheets</a><nav>\(nav)</nav>\
            <a class="lang" href="\(context.path)?lang=\(other.rawValue)" lang="\(other.rawValue)">\(other == .english ? "English" : "Dansk")</a></header>
            <main>
            <h1>\(title)</h1>
            \(body)
            </main>
            <script src="/static/app.js" defer></script>
            </body>
            </html>
            """
    }

    /// A page as a response, with the security headers every page carries.
    static func response(_ html: HTML, status: HTTPResponse.Status = .ok, context: PageContext, cookies: [Cookie] = []) -> Response {
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html.markup)))
        SecurityHeaders.apply(to: &response.headers)
        for cookie in cookies + [context.languageCookie].compactMap({ $0 }) { response.setCookie(cookie) }
        return response
    }

    /// A "see other" redirect after a form.
    static func redirect(to location: String, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location])
        SecurityHeaders.apply(to: &response.headers)
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// A page that says what went wrong, with `status`.
    static func problem(_ status: HTTPResponse.Status, title: String, message: String, context: PageContext) -> Response {
        let body: HTML = "<p class=\"problem\">\(message)</p><p><a href=\"/\">\(context.t("Til forsiden", "To the home page"))</a></p>"
        return response(page(title, body, context), status: status, context: context)
    }
}

/// Headers that keep pages from being framed, sniffed or leaking their address.
enum SecurityHeaders {
    static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        // Sign-in links carry their secret in the address: never pass it on.
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.cacheControl] = "no-store"
    }
}

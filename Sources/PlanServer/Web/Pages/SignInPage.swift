/// The sign-in pages: the form for a secret, and the confirmation a sign-in link opens.
enum SignInPage {
    /// The form to paste a secret into, with `message` above it (e.g. "the link is not valid").
    static func form(_ context: PageContext, token: String, message: String? = nil) -> HTML {
        let problem: HTML = message.map { "<p class=\"problem\">\($0)</p>" } ?? .empty
        let body: HTML = """
            \(problem)
            <p>\(context.t(
                "Log ind med linket, du har fået fra partnerskabets sekretariat, eller indsæt hemmeligheden fra det her.",
                "Sign in with the link the partnership's secretariat sent you, or paste the secret from it here."))</p>
            <form method="post" action="/signin" class="hand-in">
            <input type="hidden" name="token" value="\(token)">
            <label for="secret">\(context.t("Hemmelighed", "Secret"))</label><br>
            <input id="secret" name="secret" type="password" autocomplete="off" size="50" required>
            <button type="submit">\(context.t("Log ind", "Sign in"))</button>
            </form>
            """
        return PageLayout.page(context.t("Log ind", "Sign in"), body, context)
    }

    /// "Sign in as NAME?" with one button: a sign-in link opens this page, and only the
    /// button (a form with its token) starts the session.
    static func confirm(_ context: PageContext, name: String, secret: String, token: String) -> HTML {
        let body: HTML = """
            <p>\(context.t("Du er ved at logge ind som", "You are signing in as")) <strong>\(name)</strong>.</p>
            <form method="post" action="/signin">
            <input type="hidden" name="token" value="\(token)">
            <input type="hidden" name="secret" value="\(secret)">
            <button type="submit" id="sign-in">\(context.t("Log ind", "Sign in"))</button>
            </form>
            """
        return PageLayout.page(context.t("Log ind", "Sign in"), body, context)
    }
}

import Foundation
import Hummingbird
import NIOCore
import PlanMapping
import PlanModel

/// The pages: signing in and out, handing in, a submission's page and downloads, and the
/// secretariat's acceptance and plan versions.
struct WebRoutes: Sendable {
    let state: PlanServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/", use: home)
        router.get("/signin", use: signInPage)
        router.post("/signin", use: signIn)
        router.post("/signout", use: signOut)
        router.post("/submissions", use: handIn)
        router.get("/submissions/:id", use: submission)
        router.get("/submissions/:id/annotated.xlsx", use: annotated)
        router.get("/submissions/:id/accept", use: acceptPreview)
        router.post("/submissions/:id/accept", use: accept)
        router.get("/plans", use: plans)
        router.get("/plans/:version/overview.xlsx", use: overview)
        router.get("/plans/:version/plan.json", use: planJSON)
        router.get("/plans/:version/export/:file", use: export)
        router.get("/plans/compare", use: compare)
        router.get("/plans/:version/diff/:other", use: diffPage)
        router.get("/plans/:version/diff/:other/changes.xlsx", use: changeWorkbook)
        router.get("/plans/:version/diff/:other/diff.json", use: diffJSON)
        router.get("/static/app.css") { _, _ in Self.asset(StaticAssets.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Self.asset(StaticAssets.javascript, type: "text/javascript; charset=utf-8") }
    }

    static func asset(_ text: String, type: String) -> Response {
        var response = Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    // MARK: - Signing in

    /// The sign-in form, or for a sign-in link the confirmation; a fresh double-submit token each time.
    @Sendable func signInPage(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        let token = SecretToken.generate()
        let tokenCookie = state.cookie(CookieName.signIn, token, maxAge: 3600)
        if let secret = request.uri.queryParameters.get("secret") {
            if let person = try await state.person(withSecret: secret) {
                return PageLayout.response(
                    SignInPage.confirm(context, name: person.name, secret: secret, token: token), context: context, cookies: [tokenCookie])
            }
            return PageLayout.response(
                SignInPage.form(
                    context, token: token,
                    message: context.t(
                        "Linket er ikke gyldigt. Bed sekretariatet om et nyt.", "The link is not valid. Ask the secretariat for a new one.")),
                status: .unauthorized, context: context, cookies: [tokenCookie])
        }
        return PageLayout.response(SignInPage.form(context, token: token), context: context, cookies: [tokenCookie])
    }

    @Sendable func signIn(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        let fields = await FormFields.read(request)
        guard let cookieToken = request.cookies[CookieName.signIn]?.value, let formToken = fields["token"],
            SecretToken.constantTimeEqual(cookieToken, formToken)
        else { return forbidden(context) }
        guard let secret = fields["secret"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            let person = try await state.person(withSecret: secret)
        else {
            let token = SecretToken.generate()
            return PageLayout.response(
                SignInPage.form(
                    context, token: token,
                    message: context.t(
                        "Hemmeligheden er ikke gyldig.", "The secret is not valid.")),
                status: .unauthorized, context: context, cookies: [state.cookie(CookieName.signIn, token, maxAge: 3600)])
        }
        let session = try await state.startSession(for: person)
        return PageLayout.redirect(to: "/", cookies: [session, state.cookie(CookieName.signIn, "", maxAge: 0)])
    }

    @Sendable func signOut(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return PageLayout.redirect(to: "/") }
        let fields = await FormFields.read(request)
        guard viewer.accepts(csrf: fields["csrf"]) else { return forbidden(context) }
        return PageLayout.redirect(to: "/", cookies: [try await state.endSession(viewer)])
    }

    // MARK: - Pages

    @Sendable func home(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return try await signInPage(request, ctx) }
        let records = try await state.store.submissions(visibleTo: viewer.person)
        let limit = state.configuration.uploadLimit
        if viewer.person.isAdmin {
            let people = try await state.store.people()
            let version = try await state.store.latestPlanVersion()?.version
            return PageLayout.response(
                HomePage.secretariat(context, records: records, people: people, currentVersion: version, limit: limit),
                context: context)
        }
        return PageLayout.response(HomePage.partner(context, records: records, limit: limit), context: context)
    }

    @Sendable func handIn(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        let form: UploadForm
        do {
            form = try await UploadForm.read(request, fileField: "file", limit: state.configuration.uploadLimit)
        } catch .tooLarge {
            return tooLarge(context)
        } catch {
            return PageLayout.problem(
                .badRequest, title: context.t("Ingen fil", "No file"),
                message: context.t("Formularen kunne ikke læses; vælg filen og prøv igen.", "The form could not be read; choose the file and try again."),
                context: context)
        }
        guard viewer.accepts(csrf: form.fields["csrf"]) else { return forbidden(context) }
        guard let file = form.file, !file.bytes.isEmpty || !file.name.isEmpty else {
            return PageLayout.problem(
                .badRequest, title: context.t("Ingen fil", "No file"),
                message: context.t("Vælg en fil at aflevere.", "Choose a file to hand in."), context: context)
        }
        let record = try await state.receive(file.bytes, fileName: file.name, from: viewer.person)
        return PageLayout.redirect(to: "/submissions/\(record.id!)")
    }

    @Sendable func submission(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        guard let record = try await visibleSubmission(ctx, viewer) else { return notFound(context) }
        let partner = try await state.store.person(id: record.personId)?.name ?? "?"
        let file = try await state.readFile(of: record)
        return PageLayout.response(SubmissionPage.render(context, record: record, partner: partner, file: file), context: context)
    }

    @Sendable func annotated(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        guard let record = try await visibleSubmission(ctx, viewer),
            let bytes = try await state.annotatedCopy(of: record, language: context.language)
        else { return notFound(context) }
        return Downloads.file(bytes, name: context.t("kontrol", "check") + "-\(record.id!).xlsx", contentType: Downloads.xlsxType)
    }

    @Sendable func acceptPreview(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        guard viewer.person.isAdmin else { return notFound(context) }
        guard let record = try await visibleSubmission(ctx, viewer) else { return notFound(context) }
        if let accepted = record.acceptedVersion { return alreadyAccepted(accepted, context) }
        guard let result = try await state.importPreview(of: record) else { return unreadable(context) }
        let base = try await state.store.latestPlanVersion()?.version
        return PageLayout.response(AcceptPage.render(context, record: record, result: result, baseVersion: base), context: context)
    }

    @Sendable func accept(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        let fields = await FormFields.read(request)
        guard viewer.accepts(csrf: fields["csrf"]) else { return forbidden(context) }
        guard viewer.person.isAdmin else { return notFound(context) }
        guard let record = try await visibleSubmission(ctx, viewer) else { return notFound(context) }
        let shownBase: Int?? = fields["base"].map { Int($0) }
        switch try await state.accept(record, by: viewer.person, shownBase: shownBase) {
        case .accepted:
            return PageLayout.redirect(to: "/plans")
        case .alreadyAccepted(let version):
            return alreadyAccepted(version, context)
        case .unreadable:
            return unreadable(context)
        case .importErrors, .planChanged:
            // Show the match table again, as it is now.
            return PageLayout.redirect(to: "/submissions/\(record.id!)/accept")
        }
    }

    @Sendable func plans(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        guard viewer.person.isAdmin else { return notFound(context) }
        let versions = try await state.store.planVersions()
        let people = try await state.store.people()
        let names = Dictionary(uniqueKeysWithValues: people.compactMap { p in p.id.map { ($0, p.name) } })
        return PageLayout.response(PlansPage.render(context, versions: versions, names: names), context: context)
    }

    @Sendable func overview(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let (version, plan) = try await adminPlan(request, ctx, context) else { return notFound(context) }
        return Downloads.file(
            try await state.overviewWorkbook(of: plan), name: "oversigt-v\(version).xlsx", contentType: Downloads.xlsxType)
    }

    @Sendable func planJSON(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let (version, plan) = try await adminPlan(request, ctx, context) else { return notFound(context) }
        return Downloads.file(Array(plan.jsonData()), name: PlanVersionDiff.fileName(version), contentType: "application/json")
    }

    @Sendable func export(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let (version, plan) = try await adminPlan(request, ctx, context),
            let fileName = ctx.parameters.get("file"),
            let format = ExportFormat(path: fileName),
            let layout = ExportLayout(rawValue: String(fileName.prefix { $0 != "." }))
        else { return notFound(context) }
        let bytes = try await state.export(plan, layout: layout, format: format)
        let ext = format == .csv ? "csv" : "xlsx"
        return Downloads.file(bytes, name: "\(layout.rawValue)-v\(version).\(ext)", contentType: Downloads.contentType(csv: format == .csv))
    }

    // MARK: - Changes between plan versions

    /// The picker's form: on to the page of the two versions chosen.
    @Sendable func compare(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let viewer = context.viewer else { return signInRequired(context) }
        guard viewer.person.isAdmin,
            let old = request.uri.queryParameters.get("old", as: Int.self),
            let new = request.uri.queryParameters.get("new", as: Int.self)
        else { return notFound(context) }
        return PageLayout.redirect(to: "/plans/\(old)/diff/\(new)")
    }

    @Sendable func diffPage(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard context.viewer != nil else { return signInRequired(context) }
        guard let versions = try await adminDiff(ctx, context) else { return notFound(context) }
        let all = try await state.store.planVersions()
        return PageLayout.response(DiffPage.render(context, versions: versions, all: all), context: context)
    }

    @Sendable func changeWorkbook(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let versions = try await adminDiff(ctx, context) else { return notFound(context) }
        let bytes = try await state.changeWorkbook(of: versions, language: context.language)
        return Downloads.file(
            bytes, name: context.t("aendringer", "changes") + "-v\(versions.old)-v\(versions.new).xlsx", contentType: Downloads.xlsxType)
    }

    @Sendable func diffJSON(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let context = try await state.pageContext(of: request)
        guard let versions = try await adminDiff(ctx, context) else { return notFound(context) }
        return Downloads.file(
            Array(versions.json.utf8), name: "diff-v\(versions.old)-v\(versions.new).json", contentType: "application/json")
    }

    // MARK: - Helpers

    /// The two versions of `/plans/:version/diff/:other` compared, for the secretariat only.
    private func adminDiff(_ ctx: BasicRequestContext, _ context: PageContext) async throws -> PlanVersionDiff? {
        guard context.viewer?.person.isAdmin == true, let old = ctx.parameters.get("version", as: Int.self),
            let new = ctx.parameters.get("other", as: Int.self)
        else { return nil }
        return try await state.planDiff(from: old, to: new)
    }

    private func visibleSubmission(_ ctx: BasicRequestContext, _ viewer: Viewer) async throws -> SubmissionRecord? {
        guard let id = ctx.parameters.get("id", as: Int64.self) else { return nil }
        return try await state.store.submission(id: id, visibleTo: viewer.person)
    }

    private func adminPlan(_ request: Request, _ ctx: BasicRequestContext, _ context: PageContext) async throws -> (Int, Plan)? {
        guard context.viewer?.person.isAdmin == true, let version = ctx.parameters.get("version", as: Int.self),
            let plan = try await state.plan(version: version)
        else { return nil }
        return (version, plan)
    }

    private func signInRequired(_ context: PageContext) -> Response {
        PageLayout.response(
            SignInPage.form(
                context, token: "",
                message: context.t(
                    "Log ind for at se siden.", "Sign in to see the page.")),
            status: .unauthorized, context: context)
    }

    private func forbidden(_ context: PageContext) -> Response {
        PageLayout.problem(
            .forbidden, title: context.t("Formularen blev afvist", "The form was refused"),
            message: context.t(
                "Formularen manglede sit sikkerhedsmærke eller kom fra en anden side. Gå tilbage, genindlæs siden og prøv igen.",
                "The form lacked its security token or came from another site. Go back, reload the page and try again."),
            context: context)
    }

    private func notFound(_ context: PageContext) -> Response {
        PageLayout.problem(
            .notFound, title: context.t("Ikke fundet", "Not found"),
            message: context.t("Siden findes ikke, eller du har ikke adgang til den.", "The page does not exist, or you have no access to it."),
            context: context)
    }

    private func tooLarge(_ context: PageContext) -> Response {
        let megabytes = state.configuration.uploadLimit / (1024 * 1024)
        return PageLayout.problem(
            .contentTooLarge, title: context.t("Filen er for stor", "The file is too large"),
            message: context.t(
                "Der kan højst afleveres \(megabytes) MB. Et budgetark er sjældent så stort: gem det uden billeder og skjulte ark, eller som CSV, og prøv igen.",
                "At most \(megabytes) MB can be handed in. A budget sheet is rarely that large: save it without pictures and hidden sheets, or as CSV, and try again."
            ),
            context: context)
    }

    private func unreadable(_ context: PageContext) -> Response {
        PageLayout.problem(
            .unprocessableContent, title: context.t("Kan ikke optages", "Cannot be accepted"),
            message: context.t(
                "Filen kunne ikke læses, så den kan ikke optages i planen.", "The file could not be read, so it cannot be accepted into the plan."),
            context: context)
    }

    private func alreadyAccepted(_ version: Int, _ context: PageContext) -> Response {
        PageLayout.problem(
            .conflict, title: context.t("Allerede optaget", "Already accepted"),
            message: context.t("Afleveringen er allerede optaget i plan version \(version).", "The submission is already in plan version \(version)."),
            context: context)
    }
}

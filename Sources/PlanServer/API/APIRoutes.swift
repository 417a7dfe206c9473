import Foundation
import Hummingbird
import NIOCore
import PlanMapping
import PlanModel

/// The JSON API under `/api/v1`, authenticated with `Authorization: Bearer SECRET` (the
/// secret the `add` commands print). Described in ``OpenAPIDocument`` at `/api/v1/openapi.yaml`.
struct APIRoutes: Sendable {
    let state: PlanServerState

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.get("openapi.yaml") { _, _ in
            var response = Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.yaml)))
            response.headers[.xContentTypeOptions] = "nosniff"
            return response
        }
        api.post("submissions", use: handIn)
        api.get("submissions", use: list)
        api.get("submissions/:id", use: show)
        api.get("submissions/:id/annotated.xlsx", use: annotated)
        api.post("submissions/:id/accept", use: accept)
        api.get("plans", use: plans)
        api.get("plans/:version/overview.xlsx", use: overview)
        api.get("plans/:version/diff/:other", use: diff)
    }

    @Sendable func handIn(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let person = try await state.apiPerson(of: request) else { return Self.unauthorized() }
        let form: UploadForm
        do {
            form = try await UploadForm.read(request, fileField: "file", limit: state.configuration.uploadLimit)
        } catch .tooLarge {
            let megabytes = state.configuration.uploadLimit / (1024 * 1024)
            return Self.error(
                .contentTooLarge, da: "Filen er for stor: der kan højst afleveres \(megabytes) MB.",
                en: "The file is too large: at most \(megabytes) MB can be handed in.")
        } catch {
            return Self.error(
                .badRequest, da: "Forventede multipart/form-data med filen i feltet \"file\".",
                en: "Expected multipart/form-data with the file in the field \"file\".")
        }
        guard let file = form.file else {
            return Self.error(.badRequest, da: "Feltet \"file\" mangler.", en: "The field \"file\" is missing.")
        }
        let record = try await state.receive(file.bytes, fileName: file.name, from: person)
        return Self.json(try await detail(record), status: .created, location: "/api/v1/submissions/\(record.id!)")
    }

    @Sendable func list(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let person = try await state.apiPerson(of: request) else { return Self.unauthorized() }
        let records = try await state.store.submissions(visibleTo: person)
        let names = try await partnerNames()
        return Self.json(JSONNode.object([.init("submissions", .array(records.map { summary($0, names: names) }))]).text)
    }

    @Sendable func show(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let person = try await state.apiPerson(of: request) else { return Self.unauthorized() }
        guard let record = try await visible(ctx, person) else { return Self.notFound() }
        return Self.json(try await detail(record))
    }

    @Sendable func annotated(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let person = try await state.apiPerson(of: request) else { return Self.unauthorized() }
        let language = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? .danish
        guard let record = try await visible(ctx, person),
            let bytes = try await state.annotatedCopy(of: record, language: language)
        else { return Self.notFound() }
        return Downloads.file(bytes, name: "annotated-\(record.id!).xlsx", contentType: Downloads.xlsxType)
    }

    @Sendable func accept(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let person = try await state.apiPerson(of: request) else { return Self.unauthorized() }
        guard person.isAdmin else {
            return Self.error(
                .forbidden, da: "Kun sekretariatet kan optage afleveringer i planen.",
                en: "Only the secretariat can accept submissions into the plan.")
        }
        guard let record = try await visible(ctx, person) else { return Self.notFound() }
        switch try await state.accept(record, by: person) {
        case .accepted(let version):
            return Self.json(
                planSummary(version, names: try await partnerNames()).text, status: .created,
                location: "/api/v1/plans/\(version.version)/overview.xlsx")
        case .alreadyAccepted(let version):
            return Self.error(
                .conflict, da: "Afleveringen er allerede optaget i plan version \(version).",
                en: "The submission is already in plan version \(version).")
        case .unreadable:
            return Self.error(
                .unprocessableContent, da: "Filen kunne ikke læses.", en: "The file could not be read.")
        case .importErrors(let problems):
            let list = JSONNode.array(
                problems.filter { $0.severity == .error }.map { problem in
                    .object([
                        .init("sheet", problem.location.sheet.map(JSONNode.string) ?? .null),
                        .init("cell", problem.location.cell.map(JSONNode.string) ?? .null),
                        .init("message", .object([.init("da", .string(problem.message.da)), .init("en", .string(problem.message.en))])),
                    ])
                })
            return Self.json(
                JSONNode.object([
                    .init(
                        "error",
                        .object([
                            .init("da", .string("Importen har fejl; intet er gemt.")),
                            .init("en", .string("The import has errors; nothing was stored.")),
                        ])),
                    .init("problems", list),
                ]).text, status: .unprocessableContent)
        case .planChanged:
            return Self.error(.conflict, da: "Planen blev ændret imens; prøv igen.", en: "The plan changed meanwhile; try again.")
        }
    }

    @Sendable func plans(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard try await state.apiPerson(of: request) != nil else { return Self.unauthorized() }
        let names = try await partnerNames()
        let versions = try await state.store.planVersions()
        return Self.json(JSONNode.object([.init("plans", .array(versions.map { planSummary($0, names: names) }))]).text)
    }

    @Sendable func overview(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard try await state.apiPerson(of: request) != nil else { return Self.unauthorized() }
        guard let version = ctx.parameters.get("version", as: Int.self), let plan = try await state.plan(version: version) else {
            return Self.notFound()
        }
        return Downloads.file(
            try await state.overviewWorkbook(of: plan), name: "oversigt-v\(version).xlsx", contentType: Downloads.xlsxType)
    }

    /// What changed from plan version `version` to `other` (secretariat only): the JSON
    /// `plansheet diff plan-vA.json plan-vB.json --format json` prints.
    @Sendable func diff(_ request: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let person = try await state.apiPerson(of: request) else { return Self.unauthorized() }
        guard person.isAdmin else {
            return Self.error(
                .forbidden, da: "Kun sekretariatet kan se ændringerne mellem planversioner.",
                en: "Only the secretariat can see the changes between plan versions.")
        }
        guard let old = ctx.parameters.get("version", as: Int.self), let new = ctx.parameters.get("other", as: Int.self),
            let versions = try await state.planDiff(from: old, to: new)
        else { return Self.notFound() }
        return Self.json(versions.json)
    }

    // MARK: - JSON

    private func visible(_ ctx: BasicRequestContext, _ person: Person) async throws -> SubmissionRecord? {
        guard let id = ctx.parameters.get("id", as: Int64.self) else { return nil }
        return try await state.store.submission(id: id, visibleTo: person)
    }

    private func partnerNames() async throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: try await state.store.people().compactMap { p in p.id.map { ($0, p.name) } })
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    private func summary(_ record: SubmissionRecord, names: [Int64: String]) -> JSONNode {
        .object([
            .init("id", .int(Int(record.id ?? 0))),
            .init("partner", .string(names[record.personId] ?? "")),
            .init("fileName", .string(record.fileName)),
            .init("submittedAt", .string(Self.timestamp(record.submittedAt))),
            .init("planYear", record.planYear.map(JSONNode.int) ?? .null),
            .init("status", .string(record.status.rawValue)),
            .init("errors", .int(record.errorCount)),
            .init("warnings", .int(record.warningCount)),
            .init("checkedAgainstVersion", record.checkedAgainstVersion.map(JSONNode.int) ?? .null),
            .init("acceptedVersion", record.acceptedVersion.map(JSONNode.int) ?? .null),
            .init("page", .string("/submissions/\(record.id ?? 0)")),
        ])
    }

    /// The summary with `unreadable` and the validate JSON report (spliced in as the library wrote it).
    private func detail(_ record: SubmissionRecord) async throws -> String {
        var node = summary(record, names: try await partnerNames())
        let unreadable = record.unreadableJSON.flatMap { try? JSONDecoder().decode(JSONNode.self, from: Data($0.utf8)) } ?? .null
        if case .object(var members) = node {
            members.append(.init("unreadable", unreadable))
            node = .object(members)
        }
        var text = node.text
        text.removeLast()
        return text + ",\"report\":" + record.reportJSON.trimmingCharacters(in: .whitespacesAndNewlines) + "}"
    }

    private func planSummary(_ version: PlanVersionRecord, names: [Int64: String]) -> JSONNode {
        .object([
            .init("version", .int(version.version)),
            .init("createdAt", .string(Self.timestamp(version.createdAt))),
            .init("acceptedBy", version.personId.flatMap { names[$0] }.map(JSONNode.string) ?? .null),
            .init("submission", version.submissionId.map { JSONNode.int(Int($0)) } ?? .null),
            .init("note", version.note.map(JSONNode.string) ?? .null),
            .init("overview", .string("/api/v1/plans/\(version.version)/overview.xlsx")),
        ])
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok, location: String? = nil) -> Response {
        var response = Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        if let location { response.headers[.location] = location }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func error(_ status: HTTPResponse.Status, da: String, en: String) -> Response {
        json(JSONNode.object([.init("error", .object([.init("da", .string(da)), .init("en", .string(en))]))]).text, status: status)
    }

    static func unauthorized() -> Response {
        var response = error(
            .unauthorized, da: "Angiv hemmeligheden som Authorization: Bearer HEMMELIGHED.",
            en: "Give the secret as Authorization: Bearer SECRET.")
        response.headers[.wwwAuthenticate] = "Bearer"
        return response
    }

    static func notFound() -> Response {
        error(.notFound, da: "Findes ikke, eller du har ikke adgang.", en: "Not found, or you have no access.")
    }
}

import ArgumentParser
import Foundation
import PlanModel
import PlanServer

/// `plansheet serve`: the web page where partners hand in budget sheets, and its people.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web page where partners hand in budget sheets and see what is wrong.",
        usage: """
            plansheet serve --data <dir> [--host 127.0.0.1] [--port 8080] [--plan <plan.json>]
                [--upload-limit <MB>] [--public-url <https://…>]
            plansheet serve --data <dir> admin add <name>
            plansheet serve --data <dir> partner add <name>
            """,
        discussion: """
            The database (SQLite) and the handed-in files live in --data; the folder is made \
            when missing, and a database written by an earlier version is brought up to date.

            `admin add NAME` adds a member of the secretariat (sees every submission, accepts \
            them into the plan); `partner add NAME` adds a partner (hands in and sees their own). \
            Each prints a sign-in link and, on a line of its own, `secret: SECRET` (the API's \
            Bearer secret). Only a hash of the secret is kept: a lost secret is replaced by \
            adding the person again.

            --plan gives the first plan version when the database has none. --public-url is \
            the address people use (behind the office's HTTPS proxy); links are made with it \
            and cookies are marked Secure when it is https.

            Example:
              plansheet serve --data /srv/plansheet admin add "Sekretariatet"
              plansheet serve --data /srv/plansheet --plan samples/tryghedsplan-2013.json
            """)

    @Option(help: ArgumentHelp("The data folder (database and handed-in files).", valueName: "dir"))
    var data: String

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: ArgumentHelp("The first plan version of an empty database.", valueName: "plan.json"))
    var plan: String?

    @Option(help: ArgumentHelp("The largest file a partner may hand in, in MB.", valueName: "MB"))
    var uploadLimit: Int = ServerConfiguration.defaultUploadLimit / (1024 * 1024)

    @Option(help: ArgumentHelp("The address people reach the server at, e.g. https://plan.example.dk.", valueName: "url"))
    var publicURL: String?

    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("admin add NAME, or partner add NAME.", valueName: "action"))
    var action: [String] = []

    func validate() throws {
        let danish = languageOptions.lang == .da
        guard (1...1024).contains(uploadLimit) else {
            throw ValidationError(danish ? "--upload-limit skal være 1–1024 MB." : "--upload-limit must be 1–1024 MB.")
        }
        guard (1...65535).contains(port) else {
            throw ValidationError(danish ? "--port skal være 1–65535." : "--port must be 1–65535.")
        }
        if !action.isEmpty {
            guard action.count == 3, Role(rawValue: action[0]) != nil, action[1] == "add",
                !action[2].trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw ValidationError(
                    danish
                        ? "forventede `admin add NAVN` eller `partner add NAVN`, fandt: \(action.joined(separator: " "))"
                        : "expected `admin add NAME` or `partner add NAME`, found: \(action.joined(separator: " "))")
            }
        }
    }

    var serverConfiguration: ServerConfiguration {
        ServerConfiguration(
            dataDirectory: data, host: host, port: port, uploadLimit: uploadLimit * 1024 * 1024, publicURL: publicURL)
    }

    func run() async throws {
        let language = languageOptions.language
        let danish = language == .danish
        let state: PlanServerState
        do {
            state = try PlanServerState(configuration: serverConfiguration)
        } catch {
            Terminal.error("plansheet: \(data): \(error)")
            throw ExitCode(2)
        }
        if action.count == 3, let role = Role(rawValue: action[0]) {
            let invitation = try PeopleAdmin(store: state.store, configuration: serverConfiguration)
                .add(name: action[2].trimmingCharacters(in: .whitespaces), role: role)
            let who = role == .admin ? (danish ? "sekretariatet" : "the secretariat") : "partner"
            print((danish ? "Tilføjet (\(who)): " : "Added (\(who)): ") + invitation.person.name)
            print((danish ? "Log ind-link: " : "Sign-in link: ") + invitation.link)
            print("secret: " + invitation.secret)
            return
        }
        if let plan {
            let loaded = try CommandSupport.loadPlan(plan, language: language)
            if try state.seedPlan(loaded, from: (plan as NSString).lastPathComponent) {
                Terminal.error((danish ? "Planversion 1: " : "Plan version 1: ") + plan)
            } else {
                Terminal.error(
                    danish
                        ? "--plan ignoreres: databasen har allerede en plan (se siden Planversioner)."
                        : "--plan is ignored: the database already has a plan (see the Plan versions page).")
            }
        }
        Terminal.error((danish ? "Lytter på " : "Listening on ") + serverConfiguration.baseURL + " (data: \(data))")
        try await PlanServerApplication.make(state: state).runService()
    }
}

import Hummingbird
import Logging

/// Builds the Hummingbird application of `plansheet serve`.
public enum PlanServerApplication {
    /// The router with every page and API route.
    public static func router(state: PlanServerState) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        WebRoutes(state: state).register(on: router)
        APIRoutes(state: state).register(on: router)
        return router
    }

    /// The application listening where `state`'s configuration says.
    public static func make(state: PlanServerState, logger: Logger? = nil) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "plansheet.serve")
        if logger == nil { log.logLevel = .info }
        return Application(
            router: router(state: state),
            configuration: ApplicationConfiguration(
                address: .hostname(state.configuration.host, port: state.configuration.port), serverName: nil),
            logger: log)
    }
}

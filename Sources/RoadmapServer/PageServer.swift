import Foundation
import Hummingbird
import Logging
import RoadmapApp
import RoadmapCore

/// `roadmap serve`: the map with its actions, on the loopback address only.
public struct PageServer: Sendable {
    public let database: String
    public let roadmap: String?
    public let token: ServeToken
    public let version: String
    let address = ServerAddress()
    let actions: ActionQueue

    public init(database: String, roadmap: String?, token: ServeToken = .random(), version: String) {
        (self.database, self.roadmap, self.token, self.version) = (database, roadmap, token, version)
        actions = ActionQueue(database: database)
    }

    /// Runs until SIGINT or SIGTERM (`StopSignals`); `ready` gets the URL to open.
    public func run(port: Int, ready: @escaping @Sendable (String) async -> Void) async throws {
        StopSignals.install(waitingFor: actions.inFlight)
        let application = Application(
            router: router(),
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { [address, token] channel in
                address.port = channel.localAddress?.port ?? port
                await ready("http://127.0.0.1:\(address.port)/#token=\(token.text)")
            },
            logger: Self.quietLogger)
        // Not runService(): its graceful shutdown waits for every request, and a slow one kept the server running.
        try await application.run()
    }

    static var quietLogger: Logger {
        var logger = Logger(label: "roadmap-serve")
        logger.logLevel = .critical
        return logger
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard(token: token, address: address))
        router.get("/") { [self] request, _ in
            let roadmap = request.uri.queryParameters["roadmap"].map(String.init) ?? self.roadmap
            return try await page(roadmap)
        }
        router.get("/session.js") { _, _ in Self.script(ExchangePage.script) }
        router.post("/session") { [token, address] request, context in
            let body = try await request.decode(as: TokenBody.self, context: context)
            guard token.matches(body.token) else { return RequestGuard<BasicRequestContext>.forbidden("wrong token") }
            var response = Response(status: .noContent)
            response.setCookie(Cookie(name: address.cookieName, value: token.text, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        for (path, text) in HTMLPage.servedScripts {
            router.get(RouterPath(path)) { _, _ in Self.script(text) }
        }
        router.get("/api/version") { [actions] _, _ in
            Self.json(["version": actions.databaseVersion()])
        }
        router.post("/api/action") { [actions] request, context in
            let action: PageAction
            do { action = try await request.decode(as: PageAction.self, context: context) } catch {
                return Self.json(["ok": "false", "message": "the page sent an action that does not read; reload it"], status: .badRequest)
            }
            let outcome = action.isUndoPreview ? await actions.preview(action) : await actions.run(action)
            return Self.json(["ok": outcome.ok ? "true" : "false", "message": outcome.message, "version": actions.databaseVersion()],
                             status: outcome.ok ? .ok : .unprocessableContent)
        }
        return router
    }

    func page(_ roadmap: String?) async throws -> Response {
        let html = await actions.read { session in
            try MapPage(session: session).servedPage(roadmap, version: version)?.render() ?? "<!DOCTYPE html><p>No roadmap to show.</p>"
        }
        switch html {
        case let .success(text):
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
        case let .failure(error):
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "\(error)\n")))
        }
    }

    static func script(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ values: [String: String], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONEncoder().encode(values)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct TokenBody: Decodable { var token: String }
}

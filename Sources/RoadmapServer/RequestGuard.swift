import Foundation
import Hummingbird
import HTTPTypes

/// What every request passes before a route sees it: the Host names this server (no DNS rebinding), the session
/// cookie holds the token (except the two requests that exchange it), and a request that changes anything comes
/// from this page's own origin with a JSON body (no cross-site form). Every response carries the page's CSP and
/// no CORS header.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let token: ServeToken
    let address: ServerAddress

    /// The paths a browser without the cookie needs to exchange the fragment's token for it; they show no progress.
    static var exchangePaths: Set<String> { ["/", "/session.js", "/session"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await check(request, context: context, next: next)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The page's own scripts, its inline styles (the map places cards by style attributes) and its fetches.
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" }

    private func check(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, address.accepts(host: authority) else { return Self.forbidden("unknown host") }
        if request.method != .get && request.method != .head {
            guard let origin = request.headers[.origin], address.accepts(origin: origin) else { return Self.forbidden("foreign origin") }
            guard let type = request.headers[.contentType], type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
            else { return Self.forbidden("not JSON") }
        }
        if token.matches(request.cookies[address.cookieName]?.value) { return try await next(request, context) }
        if request.uri.path == "/" && request.method == .get {
            // The token is in the fragment, which only the page's script can read: it posts it to /session.
            return Response(status: .forbidden, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: ExchangePage.html)))
        }
        if Self.exchangePaths.contains(request.uri.path) { return try await next(request, context) }
        return Self.forbidden("no session")
    }

    static func forbidden(_ reason: String) -> Response {
        Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "forbidden: \(reason)\n")))
    }
}

/// The port the server listens on, known once it is bound, and the names a request may use for it.
final class ServerAddress: @unchecked Sendable {
    private let lock = NSLock()
    private var boundPort = 0

    var port: Int {
        get { lock.withLock { boundPort } }
        set { lock.withLock { boundPort = newValue } }
    }

    /// Per port, so two servers of two users on one machine keep their own.
    var cookieName: String { "roadmap-\(port)" }

    func accepts(host: String) -> Bool { host == "127.0.0.1:\(port)" || host == "localhost:\(port)" }

    func accepts(origin: String) -> Bool { origin == "http://127.0.0.1:\(port)" || origin == "http://localhost:\(port)" }
}

/// What a browser without the cookie gets at `/`: a script that sends the fragment's token and reloads.
enum ExchangePage {
    static let html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>roadmap</title></head>
        <body><p>Open the link <code>roadmap serve</code> printed, with its <code>#token=…</code>.</p>
        <script src="/session.js"></script></body></html>
        """

    static let script = """
        (function () {
          var match = /token=([0-9a-f]{32})/.exec(location.hash);
          if (!match) return;
          fetch('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: match[1] }),
            credentials: 'same-origin' }).then(function (response) {
            if (response.ok) location.replace(location.pathname + location.search);
          });
        })();
        """
}

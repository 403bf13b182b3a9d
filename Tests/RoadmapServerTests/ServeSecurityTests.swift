import Foundation
import Testing

/// The cases of issue 29's "safe on a shared machine", each against a real `roadmap serve` on 127.0.0.1.
@Suite(.serialized) struct ServeSecurityTests {
    @Test func printsOneLineAndStopsOnSIGTERM() throws {
        let served = try ServedRoadmap()
        #expect(served.port > 0, "\(served.line)")
        #expect(served.token.count == 32)
        #expect(served.stop() == 0)
    }

    @Test func everyRequestWithoutTheCookieIsRefused() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"], ["note", "python.basics", "secret"]])
        defer { _ = served.stop() }
        for path in ["/", "/api/version", "/page.js", "/page-actions.js", "/?roadmap=python"] {
            let reply = try served.client.send("GET", path)
            #expect(reply.status == 403, "\(path)")
            #expect(!reply.body.contains("secret") && !reply.body.contains("python.basics"), "\(path)")
        }
        let wrong = try served.client.send("GET", "/api/version", headers: ["Cookie": "roadmap-\(served.port)=" + String(repeating: "0", count: 32)])
        #expect(wrong.status == 403)
        let action = try served.client.send("POST", "/api/action", headers: ["Origin": served.origin, "Content-Type": "application/json"],
                                            body: #"{"action":"undo"}"#)
        #expect(action.status == 403)
        #expect(try served.client.send("GET", "/", headers: ["Cookie": served.cookie]).status == 200)
    }

    @Test func theFragmentsTokenIsExchangedForAStrictHttpOnlyCookie() throws {
        let served = try ServedRoadmap()
        defer { _ = served.stop() }
        let headers = ["Origin": served.origin, "Content-Type": "application/json"]
        let wrong = try served.client.send("POST", "/session", headers: headers, body: #"{"token":"0123456789abcdef0123456789abcdef"}"#)
        #expect(wrong.status == 403 && wrong.header("Set-Cookie") == nil)
        let right = try served.client.send("POST", "/session", headers: headers, body: #"{"token":"\#(served.token)"}"#)
        #expect(right.status == 204)
        let cookie = try #require(right.header("Set-Cookie"))
        #expect(cookie.hasPrefix(served.cookie + ";"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
    }

    @Test func aForeignHostIsRefused() throws {
        let served = try ServedRoadmap()
        defer { _ = served.stop() }
        for host in ["evil.example:\(served.port)", "127.0.0.1", "127.0.0.1:1", "localhost.evil.example:\(served.port)"] {
            #expect(try served.client.send("GET", "/api/version", headers: ["Cookie": served.cookie], host: host).status == 403, "\(host)")
        }
        for host in ["127.0.0.1:\(served.port)", "localhost:\(served.port)"] {
            #expect(try served.client.send("GET", "/api/version", headers: ["Cookie": served.cookie], host: host).status == 200, "\(host)")
        }
    }

    @Test func aChangeFromAnotherOriginOrNotInJSONIsRefusedAndRecordsNothing() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"]])
        defer { _ = served.stop() }
        let body = #"{"action":"mark","skill":"python.basics","status":"done"}"#
        let refused: [[String: String]] = [
            ["Cookie": served.cookie, "Origin": "http://evil.example", "Content-Type": "application/json"],
            ["Cookie": served.cookie, "Origin": "http://127.0.0.1:\(served.port + 1)", "Content-Type": "application/json"],
            ["Cookie": served.cookie, "Content-Type": "application/json"],
            ["Cookie": served.cookie, "Origin": served.origin, "Content-Type": "text/plain"],
            ["Cookie": served.cookie, "Origin": served.origin, "Content-Type": "application/x-www-form-urlencoded"],
            ["Cookie": served.cookie, "Origin": served.origin],
        ]
        for headers in refused {
            #expect(try served.client.send("POST", "/api/action", headers: headers, body: body).status == 403, "\(headers)")
        }
        let history = try ServedRoadmap.roadmap(["history", "--db", served.database, "--json"])
        #expect(!history.stdout.contains("python.basics"))
        #expect(try served.act(body).status == 200)
    }

    @Test func noCORSAndAStrictPolicyOnEveryReply() throws {
        let served = try ServedRoadmap(setUp: [["start", "python"]])
        defer { _ = served.stop() }
        let replies = [
            try served.client.send("GET", "/"),
            try served.client.send("GET", "/", headers: ["Cookie": served.cookie, "Origin": "http://evil.example"]),
            try served.client.send("GET", "/api/version", headers: ["Cookie": served.cookie]),
            try served.client.send("OPTIONS", "/api/action", headers: ["Origin": "http://evil.example", "Access-Control-Request-Method": "POST"]),
            try served.act(#"{"action":"undo","dryRun":true}"#),
        ]
        for reply in replies {
            #expect(!reply.headerNames.contains { $0.hasPrefix("access-control-") }, "\(reply.headers)")
            let policy = try #require(reply.header("Content-Security-Policy"))
            #expect(policy.hasPrefix("default-src 'none';"))
            #expect(!policy.contains("script-src 'unsafe-inline'") && !policy.contains("*"))
        }
    }

    @Test func hostileTextStaysText() throws {
        let hostile = #"<script>alert(1)</script><img src=x onerror=alert(2)>"#
        let served = try ServedRoadmap(setUp: [["start", "python"]])
        defer { _ = served.stop() }
        let note = try JSONSerialization.data(withJSONObject: ["action": "note", "skill": "python.basics", "text": hostile])
        #expect(try served.act(String(decoding: note, as: UTF8.self)).status == 200)
        let evidence = try JSONSerialization.data(withJSONObject: [
            "action": "evidence", "skill": "python.basics", "url": "https://example.com/\"><script>alert(3)</script>", "title": hostile,
        ])
        #expect([200, 422].contains(try served.act(String(decoding: evidence, as: UTF8.self)).status))
        let javascript = try JSONSerialization.data(withJSONObject: ["action": "evidence", "skill": "python.basics", "url": "javascript:alert(4)"])
        #expect(try served.act(String(decoding: javascript, as: UTF8.self)).status == 422)
        let page = try served.client.send("GET", "/", headers: ["Cookie": served.cookie]).body
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<script>alert") && !page.contains("<img src=x") && !page.contains("javascript:alert"))
    }

    @Test func aPortInUseIsOneClearLine() throws {
        let served = try ServedRoadmap()
        defer { _ = served.stop() }
        let second = try ServedRoadmap.roadmap(["serve", "--db", served.database, "--port", String(served.port)])
        #expect(second.status == 1)
        #expect(second.stdout.isEmpty)
        #expect(second.stderr == "roadmap: port \(served.port) on 127.0.0.1 is in use; choose another with --port N, or leave --port out for a free one\n")
    }
}

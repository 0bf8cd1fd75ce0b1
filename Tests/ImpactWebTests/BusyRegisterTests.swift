import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ImpactRegister
import Testing
@testable import ImpactWeb

@Suite("A busy register")
struct BusyRegisterTests {
    @Test("a form whose write finds the register locked comes back with its values, saying nothing was saved")
    func busy() async throws {
        let fixture = try WebFixture(busyLimit: .milliseconds(300))
        // Another process holding the write lock, as an import would.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: fixture.path, configuration: configuration)
        try await fixture.test { client in
            let token = try await client.formToken()
            try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
            let response = try await client.post("/seminar/new", [("programme", "ES/N008146/1"), ("title", "Held up"), ("venue", "Leeds"), ("csrf", token)], token: false)
            try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
            #expect(response.status == .serviceUnavailable)
            #expect(response.body.contains("nothing was saved"))
            #expect(response.body.contains("value=\"Held up\""))
        }
        #expect(try fixture.count(.seminar) == 1)
    }
}

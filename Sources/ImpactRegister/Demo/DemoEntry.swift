/// One record of the demo programme: its kind, an optional key that later entries use to
/// refer to it (`@seminar-1`), and its fields as a person would type them.
struct DemoEntry: Decodable, Sendable {
    let kind: Kind
    let key: String?
    let fields: [String: String]
}

import Foundation
import Hummingbird
import ImpactRegister
import NIOPosix

/// What every route shares: the register, the page renderer and the sessions.
struct Site: Sendable {
    let register: Register
    let pages: PageRenderer
    let sessions: Sessions

    /// Runs register work (blocking SQLite calls) on the thread pool, off the event loops.
    func work<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }

    /// The kind named in the address; 404 for any other word.
    static func kind(_ context: WebContext) throws -> Kind {
        guard let name = context.parameters.get("kind"), let kind = Kind(rawValue: name) else { throw HTTPError(.notFound) }
        return kind
    }

    /// The id in the address; 404 when it is not a number.
    static func id(_ context: WebContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else { throw HTTPError(.notFound) }
        return id
    }

    /// Lists longer than this are not offered as choices: the field is typed instead.
    static let choiceLimit = 300

    /// The records reference fields choose from (none of a kind with too many to list).
    func choices() throws -> FormChoices {
        var choices = FormChoices()
        var counts: [Kind: Int] = [:]
        for (kind, count) in try register.summary().counts { counts[kind] = count }
        if counts[.programme, default: 0] <= Self.choiceLimit {
            choices.programmes = try programmeChoices()
        }
        if counts[.seminar, default: 0] <= Self.choiceLimit {
            choices.seminars = try register.records(.seminar).map { record in
                let date = record["date"]?.text ?? "undated"
                return (String(record.id), "\(date) · \(record.label)")
            }
        }
        choices.groups = try register.records(.stakeholderGroup).map { record in
            (record["code"]?.text ?? record.label, record.label)
        }
        return choices
    }

    private func programmeChoices() throws -> [(value: String, label: String)] {
        try register.records(.programme).map { record in
            let reference = record["grant-reference"]?.text ?? String(record.id)
            return (reference, "\(reference) — \(record.label)")
        }
    }

    /// "Add a seminar" etc.: the kind's title with its article.
    static func article(_ kind: Kind) -> String {
        let title = kind.title
        return ("aeiou".contains(title.prefix(1)) ? "an " : "a ") + title
    }

    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

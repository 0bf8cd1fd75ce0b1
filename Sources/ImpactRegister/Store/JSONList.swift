import Foundation

/// Lists (sectors, audiences, years) are stored as JSON arrays of strings.
enum JSONList {
    static func encode(_ values: [String]) -> String {
        JSONText.array(values)
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}

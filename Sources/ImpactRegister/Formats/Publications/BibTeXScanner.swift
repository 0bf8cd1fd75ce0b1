/// Walks BibTeX text entry by entry, keeping line numbers for messages.
struct BibTeXScanner {
    struct Entry {
        let type: String
        let key: String
        let fields: [String: String]
        let line: Int
    }

    private let characters: [Character]
    private let path: String
    private var index = 0
    private var line = 1
    private var macros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    init(text: String, path: String) {
        characters = Array(text)
        self.path = path
    }

    mutating func nextEntry() throws -> Entry? {
        while let at = findAt() {
            let startLine = line
            index = at + 1
            let type = word().lowercased()
            skipSpace()
            guard let open = current, open == "{" || open == "(" else {
                throw error("expected { after @\(type)", at: startLine)
            }
            let close: Character = open == "{" ? "}" : ")"
            advance()
            switch type {
            case "comment", "preamble":
                _ = try balanced(open: open, close: close, from: startLine)
                continue
            case "string":
                skipSpace()
                let name = word().lowercased()
                skipSpace()
                guard current == "=" else { throw error("expected = in @string", at: line) }
                advance()
                macros[name] = try value(field: "@string \(name)", line: startLine)
                skipSpace()
                if current == close { advance() }
                continue
            default:
                return try entry(type: type, close: close, line: startLine)
            }
        }
        return nil
    }

    private mutating func entry(type: String, close: Character, line startLine: Int) throws -> Entry {
        skipSpace()
        var key = ""
        while let character = current, character != ",", character != close, !character.isWhitespace {
            key.append(character)
            advance()
        }
        skipSpace()
        var fields: [String: String] = [:]
        while true {
            skipSpace()
            guard let character = current else { throw error("the entry \(key) is not closed (missing \(close))", at: startLine) }
            if character == close { advance(); break }
            if character == "," { advance(); continue }
            let fieldLine = line
            let name = word().lowercased()
            guard !name.isEmpty else { throw error("unexpected \"\(character)\" in entry \(key)", at: line) }
            skipSpace()
            guard current == "=" else { throw error("field \(name) of entry \(key) has no value (expected =)", at: fieldLine) }
            advance()
            fields[name] = try value(field: "\(name) of entry \(key)", line: fieldLine)
        }
        return Entry(type: type, key: key, fields: fields, line: startLine)
    }

    /// A value: pieces joined by `#`, each `{…}`, `"…"`, a number or a macro name.
    private mutating func value(field: String, line fieldLine: Int) throws -> String {
        var result = ""
        repeat {
            skipSpace()
            if current == "#" { advance(); skipSpace() }
            switch current {
            case "{":
                advance()
                result += try balanced(open: "{", close: "}", from: line)
            case "\"":
                advance()
                result += try quoted()
            case let character? where character.isLetter || character.isNumber:
                let name = word()
                result += macros[name.lowercased()] ?? name
            default:
                throw error("field \(field) has no value", at: fieldLine)
            }
            // @string macros joined with # can double a value's length at every level.
            guard result.utf8.count <= FieldParser.maximumBytes else {
                throw error("field \(field) is longer than \(FieldParser.maximumBytes) bytes (1 MB), the longest value impact imports (@string macros joined with # can multiply a value's length)", at: fieldLine)
            }
            skipSpace()
        } while current == "#"
        return result
    }

    private mutating func balanced(open: Character, close: Character, from startLine: Int) throws -> String {
        var depth = 0
        var text = ""
        while let character = current {
            advance()
            if character == open { depth += 1 } else if character == close {
                if depth == 0 { return text }
                depth -= 1
            }
            text.append(character)
        }
        throw error("unbalanced braces: a { opened here is never closed", at: startLine)
    }

    private mutating func quoted() throws -> String {
        let startLine = line
        var depth = 0
        var text = ""
        while let character = current {
            advance()
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            if character == "\"", depth == 0 { return text }
            text.append(character)
        }
        throw error("a quoted value is never closed", at: startLine)
    }

    /// Author lists: names separated by " and " outside braces.
    static func splitNames(_ text: String) -> [String] {
        var names: [String] = []
        var currentName = ""
        var depth = 0
        let words = text.split(whereSeparator: \.isWhitespace)
        for word in words {
            depth += word.filter { $0 == "{" }.count - word.filter { $0 == "}" }.count
            if word == "and", depth == 0 {
                names.append(currentName)
                currentName = ""
            } else {
                currentName += currentName.isEmpty ? String(word) : " " + word
            }
        }
        names.append(currentName)
        return names.map { $0.trimmed }.filter { !$0.isEmpty }
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private mutating func advance() {
        if current == "\n" { line += 1 }
        index += 1
    }

    private mutating func skipSpace() {
        while let character = current, character.isWhitespace { advance() }
    }

    private mutating func word() -> String {
        var text = ""
        while let character = current, character.isLetter || character.isNumber || "_-:.+/".contains(character) {
            text.append(character)
            advance()
        }
        return text
    }

    private mutating func findAt() -> Int? {
        while let character = current {
            if character == "@" { return index }
            advance()
        }
        return nil
    }

    private func error(_ reason: String, at line: Int) -> ImportError {
        ImportError(file: path, line: line, reason: reason)
    }
}

/// YAML front matter for Jekyll and Hugo posts: every string double-quoted and escaped, so a
/// title with a colon, a quote or a hash cannot break the YAML.
struct FrontMatter {
    enum Value {
        case string(String)
        case bare(String)
        case bool(Bool)
        case list([String])
        case map([(String, Value)])
    }

    private(set) var entries: [(String, Value)] = []

    mutating func add(_ key: String, _ value: Value?) {
        if let value { entries.append((key, value)) }
    }

    /// The front matter between `---` lines, ending with a newline.
    var text: String {
        (["---"] + Self.lines(entries, indent: "") + ["---"]).joined(separator: "\n") + "\n"
    }

    private static func lines(_ entries: [(String, Value)], indent: String) -> [String] {
        entries.flatMap { key, value -> [String] in
            switch value {
            case .string(let text): ["\(indent)\(key): \(quoted(text))"]
            case .bare(let text): ["\(indent)\(key): \(text)"]
            case .bool(let flag): ["\(indent)\(key): \(flag)"]
            case .list(let items): ["\(indent)\(key): [\(items.map(quoted).joined(separator: ", "))]"]
            case .map(let nested): ["\(indent)\(key):"] + lines(nested, indent: indent + "  ")
            }
        }
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0xFEFF || (0xFFFE...0xFFFF).contains(scalar.value):
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

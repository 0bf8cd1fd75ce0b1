/// Turns the LaTeX in BibTeX values into plain Unicode text: accents, escapes, dashes and
/// the braces that protect capitals.
enum LaTeXText {
    private static let accents: [Character: [Character: Character]] = [
        "'": ["a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý", "c": "ć", "n": "ń", "s": "ś", "z": "ź",
              "A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú", "Y": "Ý", "C": "Ć", "N": "Ń", "S": "Ś", "Z": "Ź"],
        "`": ["a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù", "A": "À", "E": "È", "I": "Ì", "O": "Ò", "U": "Ù"],
        "^": ["a": "â", "e": "ê", "i": "î", "o": "ô", "u": "û", "A": "Â", "E": "Ê", "I": "Î", "O": "Ô", "U": "Û"],
        "\"": ["a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü", "y": "ÿ", "A": "Ä", "E": "Ë", "I": "Ï", "O": "Ö", "U": "Ü"],
        "~": ["a": "ã", "n": "ñ", "o": "õ", "A": "Ã", "N": "Ñ", "O": "Õ"],
        "c": ["c": "ç", "C": "Ç", "s": "ş", "S": "Ş"],
        "v": ["c": "č", "s": "š", "z": "ž", "r": "ř", "e": "ě", "C": "Č", "S": "Š", "Z": "Ž", "R": "Ř"],
    ]

    private static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı",
        "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
    ]

    static func decode(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                let (decoded, next) = command(characters, at: index + 1)
                result += decoded
                index = next
                continue
            }
            if character != "{" && character != "}" { result.append(character) }
            index += 1
        }
        result = result.replacingOccurrences(of: "---", with: "—").replacingOccurrences(of: "--", with: "–")
        return result.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            .replacingOccurrences(of: "  ", with: " ").trimmed
    }

    /// A command after a backslash: an accent on the next letter, a named symbol, or an escape.
    private static func command(_ characters: [Character], at start: Int) -> (String, Int) {
        let first = characters[start]
        if let table = accents[first] {
            var index = start + 1
            while index < characters.count, characters[index] == "{" || characters[index] == " " { index += 1 }
            if index < characters.count, let accented = table[characters[index]] {
                var end = index + 1
                if end < characters.count, characters[end] == "}" { end += 1 }
                return (String(accented), end)
            }
        }
        if first.isLetter {
            var end = start
            while end < characters.count, characters[end].isLetter { end += 1 }
            let name = String(characters[start..<end])
            return (symbols[name] ?? "", end)
        }
        return (symbols[String(first)] ?? String(first), start + 1)
    }
}

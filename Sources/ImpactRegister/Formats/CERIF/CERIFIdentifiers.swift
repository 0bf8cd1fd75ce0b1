/// The identifier shapes the OpenAIRE profile accepts (includes/cerif-base-identifiers.xsd).
/// An identifier of another shape is left out of the CERIF record (the annual return keeps it),
/// so one odd value in funder data cannot stop a whole export.
enum CERIFIdentifiers {
    static func doi(_ text: String) -> String? {
        let value = text.trimmed
        guard value.hasPrefix("10."), let slash = value.firstIndex(of: "/"), !value.contains(where: \.isWhitespace) else { return nil }
        let registrant = value[value.index(value.startIndex, offsetBy: 3)..<slash]
        let parts = registrant.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count >= 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              value.index(after: slash) < value.endIndex else { return nil }
        return value
    }

    static func issn(_ text: String) -> String? {
        let value = text.trimmed
        let characters = Array(value.filter { $0 != "-" })
        guard characters.count == 8, value.count == 8 || (value.count == 9 && Array(value)[4] == "-"),
              characters.prefix(7).allSatisfy(\.isASCIIDigit), characters[7].isASCIIDigit || characters[7] == "X" else { return nil }
        return value
    }

    static func isbn(_ text: String) -> String? {
        let value = text.trimmed
        let digits = value.filter { $0 != "-" && $0 != " " }
        if digits.count == 13, digits.allSatisfy(\.isASCIIDigit), digits.hasPrefix("978") || (digits.hasPrefix("979") && digits.dropFirst(3).first != "0") {
            return value == digits || value.filter({ $0 == "-" }).count == 4 || value.filter({ $0 == " " }).count == 4 ? value : digits
        }
        if digits.count == 10, digits.prefix(9).allSatisfy(\.isASCIIDigit), let last = digits.last, last.isASCIIDigit || last == "X",
           value.filter({ $0 == "-" }).count == 3, !value.hasPrefix("-"), !value.contains("--") {
            return value
        }
        return nil
    }
}

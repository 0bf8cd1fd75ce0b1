// TEMPORARY: replaced by the values branch.
import Foundation
public struct ValueError: Error, CustomStringConvertible, Equatable, Sendable {
    public let value: String; public let problem: String; public let allowed: String?
    public var description: String { "\"\(value)\" \(problem)" }
}
public enum Currency: String, Vocabulary { case gbp = "GBP", eur = "EUR"; public static let title = "Currency"
    public var minorUnitDigits: Int { 2 } }
public struct Money: Equatable, Hashable, Sendable {
    public var minorUnits: Int64; public var currency: Currency
    public static func parse(_ text: String) throws -> Money { throw ValueError(value: text, problem: "stub", allowed: nil) }
    public static func parse(amount: String, currencyCode: String) throws -> Money { throw ValueError(value: amount, problem: "stub", allowed: nil) }
    public var decimalString: String { "" }
    public var display: String { "" }
}
public struct YearMonth: Hashable, Sendable, Codable, CustomStringConvertible { public var year: Int; public var month: Int
    public static func parse(_ text: String) throws -> YearMonth { throw ValueError(value: text, problem: "stub", allowed: nil) }
    public var description: String { "" } }
public struct CalendarDate: Hashable, Sendable, Codable, CustomStringConvertible { public var year: Int; public var month: Int; public var day: Int
    public static func parse(_ text: String) throws -> CalendarDate { throw ValueError(value: text, problem: "stub", allowed: nil) }
    public var description: String { "" } }
public enum YearValue { public static func parse(_ text: String) throws -> Int { throw ValueError(value: text, problem: "stub", allowed: nil) } }
public enum EngagementYears { public static func parse(_ text: String) throws -> [String] { [] } }
public enum ORCID { public static func parse(_ text: String) throws -> String { text } }
public enum ListSplitter { public static func split(_ text: String, vocabulary: VocabularyReference? = nil) -> [String] { [] } }
public enum Placeholder { public static func isPlaceholder(_ text: String?) -> Bool { false } }
public enum HTMLEntities { public static func decode(_ text: String) -> String { text } }

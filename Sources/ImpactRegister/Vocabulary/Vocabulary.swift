import Foundation

/// A funder's controlled list of values, such as the forms of engagement activity.
///
/// Each case's raw value is the funder's exact string. Older spellings that still occur in
/// funder data are accepted by ``normalise(_:)`` and mapped to the current value.
///
/// ```swift
/// EngagementForm.normalise("Scientific meeting (conference/symposium etc.)")
/// // → the current value that the legacy wording maps to
/// ```
public protocol Vocabulary: CaseIterable, RawRepresentable, Hashable, Sendable where RawValue == String {
    /// The name people know the list by, for help text and error messages.
    static var title: String { get }
    /// Older or variant spellings seen in funder data, mapped to the current value.
    static var legacySpellings: [String: Self] { get }
}

extension Vocabulary {
    public static var legacySpellings: [String: Self] { [:] }

    /// The current value for a string written by a user or found in a funder file, if any.
    ///
    /// Matches the exact funder string first, then a legacy spelling, then either of them
    /// ignoring case and surrounding white space.
    public static func normalise(_ text: String) -> Self? {
        if let exact = Self(rawValue: text) { return exact }
        if let legacy = legacySpellings[text] { return legacy }
        let folded = VocabularyKey.fold(text)
        for value in allCases where VocabularyKey.fold(value.rawValue) == folded { return value }
        for (spelling, value) in legacySpellings where VocabularyKey.fold(spelling) == folded {
            return value
        }
        return nil
    }

    /// Every allowed value, in the funder's order.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }

    /// A type-erased description of this vocabulary, for field specifications.
    ///
    /// Its `normalise` gives what ``normalise(_:)`` gives, from a table made once: an import
    /// normalises every vocabulary value of every record.
    public static var reference: VocabularyReference {
        var exact: [String: String] = [:]
        var folded: [String: String] = [:]
        for value in allCases {
            exact[value.rawValue] = value.rawValue
            let key = VocabularyKey.fold(value.rawValue)
            if folded[key] == nil { folded[key] = value.rawValue }
        }
        for (spelling, value) in legacySpellings {
            if exact[spelling] == nil { exact[spelling] = value.rawValue }
        }
        for (spelling, value) in legacySpellings {
            let key = VocabularyKey.fold(spelling)
            if folded[key] == nil { folded[key] = value.rawValue }
        }
        return VocabularyReference(
            title: title,
            allowedValues: allowedValues,
            normalise: { [exact, folded] text in exact[text] ?? folded[VocabularyKey.fold(text)] }
        )
    }
}

/// A vocabulary without its Swift type: its name, its values and how to normalise a string.
public struct VocabularyReference: Sendable {
    public let title: String
    public let allowedValues: [String]
    public let normalise: @Sendable (String) -> String?

    public init(title: String, allowedValues: [String], normalise: @escaping @Sendable (String) -> String?) {
        self.title = title
        self.allowedValues = allowedValues
        self.normalise = normalise
    }
}

enum VocabularyKey {
    /// Case-, space- and underscore-insensitive form used for lenient matching.
    /// Lower-cased, `_` read as `/`, runs of white space as one space, none at either end.
    static func fold(_ text: String) -> String {
        foldASCII(text) ?? foldCharacters(text)
    }

    /// ``fold(_:)`` of text that is all ASCII, by bytes (nil for any other text): the same
    /// result as by characters (a test compares them), without a character at a time. An
    /// import folds every vocabulary value it reads, and most are ASCII.
    static func foldASCII(_ text: String) -> String? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case 0x09...0x0D, 0x20:
                space = !folded.isEmpty
                continue
            default:
                break
            }
            if space {
                folded.append(0x20)
                space = false
            }
            switch byte {
            case 0x41...0x5A: folded.append(byte + 0x20)
            case UInt8(ascii: "_"): folded.append(UInt8(ascii: "/"))
            default: folded.append(byte)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// ``fold(_:)`` by characters, for any text.
    static func foldCharacters(_ text: String) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        var space = false
        for character in text.lowercased() {
            if character.isWhitespace {
                space = !folded.isEmpty
                continue
            }
            if space {
                folded.append(" ")
                space = false
            }
            folded.append(character == "_" ? "/" : character)
        }
        return folded
    }
}

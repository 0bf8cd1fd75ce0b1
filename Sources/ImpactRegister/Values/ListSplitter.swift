import Foundation

/// Splits GtR multi-valued fields, which join items with "," although items contain ", ".
///
/// `Agriculture, Food and Drink,Education` holds two sectors. Items are returned as written
/// (trimmed), never normalised: pass each to the vocabulary's `normalise` to get the
/// current value. Slashes belong to names (`Communities and Social Services/Policy`) and
/// never split.
///
/// ```swift
/// ListSplitter.split("Agriculture, Food and Drink,Education")
/// // → ["Agriculture, Food and Drink", "Education"]
/// ```
public enum ListSplitter {
    /// Splits `text` into items, trimmed, with empty items dropped.
    ///
    /// With a `vocabulary`, each position takes the longest run of comma-separated pieces that
    /// the vocabulary recognises (its values, legacy spellings, or either ignoring case);
    /// text it does not recognise is split on a comma not followed by a space. Without one,
    /// only that rule applies: `,(?! )`.
    public static func split(_ text: String, vocabulary: VocabularyReference? = nil) -> [String] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        var items: [String] = []
        var start = 0
        while start < pieces.count {
            let end =
                vocabulary.flatMap { longestKnownRun(pieces, from: start, in: $0) }
                ?? spacedRun(pieces, from: start)
            let item = pieces[start...end].joined(separator: ",").trimmed
            if !item.isEmpty { items.append(item) }
            start = end + 1
        }
        return items
    }

    /// The last piece of the longest run from `start` that `vocabulary` recognises, if any.
    private static func longestKnownRun(
        _ pieces: [Substring], from start: Int, in vocabulary: VocabularyReference
    ) -> Int? {
        for end in stride(from: pieces.count - 1, through: start, by: -1) {
            let candidate = pieces[start...end].joined(separator: ",").trimmed
            if !candidate.isEmpty, vocabulary.normalise(candidate) != nil { return end }
        }
        return nil
    }

    /// The last piece of the run from `start` whose following pieces each begin with a space.
    ///
    /// A blank piece (from ",,") stands alone, so it cannot glue itself to the next item.
    private static func spacedRun(_ pieces: [Substring], from start: Int) -> Int {
        var end = start
        if pieces[start].allSatisfy(\.isWhitespace) { return end }
        while end + 1 < pieces.count, pieces[end + 1].first == " " { end += 1 }
        return end
    }
}

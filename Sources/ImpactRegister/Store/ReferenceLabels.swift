/// Programmes' grant references and people's names already looked up by id, for writing many
/// records that refer to the same few: every outcome of a Gateway to Research project names
/// its programme, and looking the programme up again for each was a thirtieth of an import's
/// writing thread.
///
/// The caller empties it whenever it writes a record that is not an outcome (outcomes are
/// never the target of a label, and never change one).
final class ReferenceLabels {
    private var labels: [Key: String] = [:]

    private struct Key: Hashable {
        let kind: Kind
        let id: Int64
    }

    subscript(kind: Kind, id: Int64) -> String? {
        get { labels[Key(kind: kind, id: id)] }
        set { labels[Key(kind: kind, id: id)] = newValue }
    }

    func removeAll() {
        labels.removeAll(keepingCapacity: true)
    }
}

/// Writes a record's history for a terminal.
public enum HistoryFormatter {
    public static func text(_ entries: [HistoryEntry]) -> String {
        entries.map { entry in
            var lines = ["\(entry.at)  \(entry.action.rawValue) by \(entry.actor)" + (entry.source.map { " from \($0)" } ?? "")]
            let fields = Set((entry.oldValues ?? [:]).keys).union((entry.newValues ?? [:]).keys).sorted()
            for field in fields {
                let old = entry.oldValues?[field]
                let new = entry.newValues?[field]
                switch (old, new) {
                case let (old?, new?): lines.append("  \(field): \(RecordFormatter.oneLine(old, limit: 60)) → \(RecordFormatter.oneLine(new, limit: 60))")
                case let (nil, new?): lines.append("  \(field): \(RecordFormatter.oneLine(new, limit: 100))")
                case let (old?, nil): lines.append("  \(field) was: \(RecordFormatter.oneLine(old, limit: 100))")
                case (nil, nil): break
                }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}

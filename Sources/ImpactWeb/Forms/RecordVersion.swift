import ImpactRegister

/// A short fingerprint of what a record shows, sent with its edit form: if the record is not
/// the same when the form comes back, someone changed it in between (in another tab, or with
/// the command line), and the edit is not saved over their change.
enum RecordVersion {
    static func of(_ record: StoredRecord) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (field, value) in record.values {
            for byte in field.name.utf8 + [0] + (value?.text ?? "").utf8 + [1] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}

/// A value for every kind, found by the kind's case instead of by hashing the kind: an export
/// looks one up several times for each of half a million records.
///
/// ```swift
/// var written = KindTable { _ in IDSet() }
/// written[.publication].insert(42)
/// ```
struct KindTable<Value> {
    /// The values in the order of `Kind.allCases`, which is the order of the cases' bytes
    /// (``Kind/caseByte``; `KindTests` checks it).
    private var values: [Value]

    /// A table holding `value(kind)` for each kind.
    init(_ value: (Kind) throws -> Value) rethrows {
        values = try Kind.allCases.map(value)
    }

    subscript(kind: Kind) -> Value {
        get { values[Int(kind.caseByte)] }
        // Changed in place, as an array's element is: a getter and a setter would copy the
        // value, and a set of ids grows by copying it whole.
        _modify { yield &values[Int(kind.caseByte)] }
    }
}

extension KindTable: Sendable where Value: Sendable {}

extension StoredRecord {
    /// A feedback measure's means and scale, when both means are recorded.
    var rating: (before: Double, after: Double, min: Double, max: Double)? {
        guard let before = self["mean-before"]?.number, let after = self["mean-after"]?.number,
              let low = self["scale-min"]?.number, let high = self["scale-max"]?.number else { return nil }
        return (before, after, low, high)
    }
}

extension FieldValue {
    /// A whole or decimal number's value.
    var number: Double? {
        switch self {
        case .decimal(let number): number
        case .integer(let number): Double(number)
        default: nil
        }
    }
}

/// Further funding added up per currency — never across currencies.
struct FundingTotals {
    private(set) var totals: [Currency: Int64] = [:]

    init(_ awards: [StoredRecord]) {
        for award in awards {
            guard case .money(let money) = award["amount"] else { continue }
            totals[money.currency, default: 0] += money.minorUnits
        }
    }

    var isEmpty: Bool { totals.isEmpty }

    /// One total per currency, largest first by code order: `£139,840 (GBP)`.
    var lines: [String] {
        totals.keys.sorted { $0.rawValue < $1.rawValue }.map { Money(minorUnits: totals[$0] ?? 0, currency: $0).display }
    }
}

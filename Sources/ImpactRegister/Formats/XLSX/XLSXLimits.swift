/// How much a workbook may hold before it is refused as hostile (a zip bomb) rather than read.
///
/// The sizes are counted while inflating, never taken from the zip's headers, which a hostile
/// file can fill with anything. The defaults are far above any real funder export (the largest
/// seen: 94 parts, 20 MB expanded, a sheet of 8 MB, compressed about 8:1).
public struct XLSXLimits: Sendable, Equatable {
    /// The most entries the zip may list.
    public var maximumEntries: Int
    /// The most bytes one part (a sheet, the shared strings) may expand to.
    public var maximumPartBytes: Int
    /// The most bytes all parts read from one workbook may expand to together.
    public var maximumTotalBytes: Int
    /// The highest ratio of expanded to compressed bytes a part may reach, once it is past
    /// `ratioAppliesAfter` bytes (a small part of repeated text may compress far better).
    public var maximumRatio: Int
    /// The expanded size from which `maximumRatio` is enforced.
    public var ratioAppliesAfter: Int
    /// The most shared strings the workbook may declare.
    public var maximumSharedStrings: Int

    /// Limits chosen by the caller; see the properties.
    public init(maximumEntries: Int = 10_000, maximumPartBytes: Int = 256 << 20, maximumTotalBytes: Int = 1 << 30,
                maximumRatio: Int = 100, ratioAppliesAfter: Int = 1 << 20, maximumSharedStrings: Int = 5_000_000) {
        self.maximumEntries = maximumEntries
        self.maximumPartBytes = maximumPartBytes
        self.maximumTotalBytes = maximumTotalBytes
        self.maximumRatio = maximumRatio
        self.ratioAppliesAfter = ratioAppliesAfter
        self.maximumSharedStrings = maximumSharedStrings
    }

    /// The limits `impact import` uses.
    public static let standard = XLSXLimits()
}

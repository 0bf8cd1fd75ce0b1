/// Finds a programme by its grant reference whatever its case and spacing (`es/n008146/1`,
/// `ES/N008146/ 1`): they are the same programme (see ``ProgrammeReference/key(_:)``).
///
/// An index on the expression, so that the look-up costs what the exact one does; not a
/// unique one, because a register may already hold two such spellings, which `impact check`
/// should be able to show rather than the update fail.
enum ProgrammeReferenceKey {
    static let name = "v13-programme-reference-key"

    /// The expression the index holds; a query must name it exactly for SQLite to use the index.
    static let expression = "upper(replace(grant_reference, ' ', ''))"

    static let statements = [
        "CREATE INDEX programme_reference_key ON programme(\(expression))",
    ]
}

/// The demo programme's facts, as register entries. TEMPORARY minimal data.
enum DemoData {
    static let grantReference = "ES/N008146/1"
    static let json = #"""
    [
      {"kind": "programme", "key": "programme", "fields": {"grant-reference": "ES/N008146/1", "title": "Re-imagining professionalism: towards co-production"}}
    ]
    """#
}

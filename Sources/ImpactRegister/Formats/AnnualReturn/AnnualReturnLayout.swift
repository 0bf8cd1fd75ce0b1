/// The sections of an annual return, in document order, and the kinds each holds.
enum AnnualReturnLayout {
    static let sections: [(element: String, kinds: [Kind])] = [
        ("stakeholderGroups", [.stakeholderGroup]),
        ("eventTypes", [.eventType]),
        ("people", [.person]),
        ("organisations", [.organisation]),
        ("programmes", [.programme]),
        ("series", [.series]),
        ("seminars", [.seminar]),
        ("attendanceCounts", [.attendance]),
        ("speakers", [.speaker]),
        ("feedbackMeasures", [.measure]),
        ("outcomes", Kind.outcomes),
        ("testimonials", [.testimonial]),
    ]
}

/// Fields of events (seminars, workshops, training sessions, …), their series, attendance,
/// speakers and feedback, and testimonials.
enum SeminarFields {
    static let seminar: [FieldSpec] = [
        FieldSpec("programme", .reference(.programme), required: true, help: "The programme's grant reference (or id)."),
        FieldSpec("number", .count, help: "The event's number in the programme; unique within a programme."),
        FieldSpec("title", .text, required: true, help: "The event's title."),
        FieldSpec("date", .partialDate, help: "When it took place: a day, or only the month or year if that is all that is known (July 2020)."),
        FieldSpec("type", .eventType, help: "What kind of event: seminar (the default), workshop, training-session, conference, public-lecture, … (see `impact list event-type`)."),
        FieldSpec("mode", .vocabulary(EventMode.reference), help: "How people took part: in person, online or hybrid."),
        FieldSpec("start-time", .time, help: "When it started, HH:MM (24-hour), e.g. 18:30."),
        FieldSpec("end-time", .time, help: "When it ended, HH:MM (24-hour)."),
        FieldSpec("series", .reference(.series), help: "The series it belongs to, if any (the id of a series)."),
        FieldSpec("venue", .text, help: "The venue."),
        FieldSpec("city", .text, help: "The city."),
        FieldSpec("theme", .text, help: "The theme of the seminar."),
        FieldSpec("description", .text, help: "What happened: talks, discussion, who took part."),
        FieldSpec("discussion-notes", .text, help: "Notes of the discussion, for the blog summary."),
        FieldSpec("recording-url", .url, help: "Where the recording is."),
        FieldSpec("slides-url", .url, help: "Where the slides are."),
        FieldSpec("blog-url", .url, help: "The blog post about it."),
        FieldSpec("capacity-target", .count, help: "How many places were planned; \"about 40\" if approximate."),
        FieldSpec("capacity-target-qualifier", .vocabulary(CountQualifier.reference), help: "Empty when the number of places is exact; set by a phrase such as \"about 40\"."),
        FieldSpec("waiting-list", .count, help: "How many were on the waiting list; \"over 30\" or \"about 30\" if not known exactly."),
        FieldSpec("waiting-list-qualifier", .vocabulary(CountQualifier.reference), help: "Empty when the waiting list is exact; set by a phrase such as \"over 30\"."),
    ]

    /// The register's own list of event types; a new register has the built-in ones.
    static let eventType: [FieldSpec] = [
        FieldSpec("code", .text, required: true, help: "A short code such as focus-group (letters, digits and hyphens)."),
        FieldSpec("label", .text, required: true, help: "The type's name in prose, singular: \"focus group\"."),
        FieldSpec("plural", .text, required: true, help: "The plural in prose: \"focus groups\"."),
        FieldSpec("position", .count, help: "Where the type comes in lists."),
    ]

    /// A series of events; its attendance counts are its unique attendees.
    static let series: [FieldSpec] = [
        FieldSpec("programme", .reference(.programme), required: true, help: "The programme's grant reference (or id)."),
        FieldSpec("title", .text, required: true, help: "The series' title."),
        FieldSpec("date", .partialDate, help: "When it ran, as precise as known: July 2020, 2016."),
        FieldSpec("description", .text, help: "What the series was."),
        FieldSpec("discussion-notes", .text, help: "Themes and notes from across its sessions."),
    ]

    static let attendance: [FieldSpec] = [
        FieldSpec("seminar", .reference(.seminar), help: "The event's id, for who came to that session (attendances); or give --series."),
        FieldSpec("series", .reference(.series), help: "The series' id, for who came to any of its sessions (people, counted once); instead of --seminar."),
        FieldSpec("group", .stakeholderGroup, required: true, help: "The stakeholder group."),
        FieldSpec("count", .count, required: true, help: "How many of that group attended: 15, \"about 50\", \"over 30\" or \"fewer than 5\"."),
        FieldSpec("count-qualifier", .vocabulary(CountQualifier.reference), help: "Empty when the count is exact; set by a phrase such as \"about 50\"."),
    ]

    /// Only attendees who consented to being named are recorded by name; reports and blog
    /// posts never show these names.
    static let attendee: [FieldSpec] = [
        FieldSpec("seminar", .reference(.seminar), required: true, help: "The seminar's id."),
        FieldSpec("group", .stakeholderGroup, required: true, help: "The stakeholder group."),
        FieldSpec("name", .text, required: true, help: "The attendee's name (only with their consent)."),
        FieldSpec("organisation", .text, help: "Their organisation."),
    ]

    static let speaker: [FieldSpec] = [
        FieldSpec("seminar", .reference(.seminar), required: true, help: "The seminar's id."),
        FieldSpec("person", .reference(.person), required: true, help: "The speaker: a person's id or exact name (a new name adds the person)."),
        FieldSpec("role", .vocabulary(SpeakerRole.reference), required: true, help: "What they did at the seminar."),
        FieldSpec("talk-title", .text, help: "The title of their talk."),
    ]

    static let measure: [FieldSpec] = [
        FieldSpec("seminar", .reference(.seminar), help: "The event's id; or give --series for ratings gathered across a series."),
        FieldSpec("series", .reference(.series), help: "The series' id, for ratings gathered across its sessions; instead of --seminar."),
        FieldSpec("statement", .text, required: true, help: "The statement people rated, e.g. \"I understand the term co-production\"."),
        FieldSpec("scale-min", .count, required: true, help: "The lowest rating on the scale, e.g. 1."),
        FieldSpec("scale-max", .count, required: true, help: "The highest rating on the scale, e.g. 5."),
        FieldSpec("respondents", .count, help: "How many people answered."),
        FieldSpec("mean-before", .decimal, help: "The mean rating before the event."),
        FieldSpec("mean-after", .decimal, help: "The mean rating after the event."),
    ]

    static let testimonial: [FieldSpec] = [
        FieldSpec("programme", .reference(.programme), required: true, help: "The programme's grant reference (or id)."),
        FieldSpec("quote", .text, required: true, help: "The quotation or statement, as given."),
        FieldSpec("given-by", .text, required: true, help: "Who gave it."),
        FieldSpec("role", .text, help: "Their role, e.g. \"service user and charity worker\"."),
        FieldSpec("organisation", .text, help: "Their organisation."),
        FieldSpec("date", .partialDate, help: "When it was given: a day, a month (July 2020) or a year."),
        FieldSpec("source", .text, help: "Where it was given or recorded (email, feedback form, report)."),
        FieldSpec("seminar", .reference(.seminar), help: "The event it speaks of, if any."),
        FieldSpec("series", .reference(.series), help: "The series it speaks of, if any."),
        FieldSpec("supports", .links(.testimonialOutcomes), help: "The outcomes it is evidence for."),
    ]
}

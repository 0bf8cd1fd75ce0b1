/// A second, smaller example: co-production training for special educational needs and
/// disabilities (SEND) services in York, July 2020, as its public write-up describes it.
///
/// A series of four online training sessions (the write-up gives no day and no session's own
/// figures), with the 32 people and the four ratings recorded for the series as a whole.
/// Unlike the seminar series, this record counts who came by stakeholder group (council staff,
/// NHS commissioning staff, parents, secondary school SENCOs) and rated four statements before
/// and after on a 1–5 scale, so reports show attendance by group and before/after measures.
/// The reference is our own: the training was not a research council award. The write-up gives
/// no day for the four online sessions, only July 2020, and no number of respondents, so no
/// day and no number of respondents is recorded.
enum DemoTrainingData {
    static let reference = "YORK-SEND-COPRO-2020"
    static let json = #"""
    [
      {
        "kind": "stakeholder-group",
        "fields": { "code": "council-staff", "label": "Council staff", "position": "9" }
      },
      {
        "kind": "stakeholder-group",
        "fields": { "code": "nhs-commissioners", "label": "NHS commissioning staff", "position": "10" }
      },
      {
        "kind": "person",
        "key": "laura-brown",
        "fields": { "name": "Laura Brown", "affiliation": "Local Offer and Participation Officer, City of York Council", "stakeholder-group": "council-staff" }
      },
      {
        "kind": "person",
        "key": "victoria-binks",
        "fields": { "name": "Victoria Binks", "affiliation": "Head of Engagement, Vale of York Clinical Commissioning Group", "stakeholder-group": "nhs-commissioners" }
      },
      {
        "kind": "programme",
        "fields": {
          "grant-reference": "YORK-SEND-COPRO-2020",
          "internal-reference": "Yes",
          "title": "Developing a common perception of co-production in York",
          "lead-organisation": "City of York Council",
          "abstract": "After a local area SEND inspection in December 2019 found co-production understood inconsistently and not embedded in York's SEND services, the council and the clinical commissioning group ran training to build a shared definition of co-production and a York-wide model for it."
        }
      },
      {
        "kind": "series",
        "key": "york-training",
        "fields": {
          "programme": "YORK-SEND-COPRO-2020",
          "title": "Co-production training for SEND services",
          "date": "July 2020",
          "description": "Four online sessions over two weeks in July 2020, one in the evening so that parents could join. Activities explored what co-production means, individual and strategic co-production, barriers and successes, tools for everyday use and how to measure success. Feedback was gathered with Mentimeter and Google Jamboards so that everyone could contribute without having to speak.",
          "discussion-notes": "Honesty: when a statutory document or service is already decided, say so and explain why, while keeping parents and young people involved.\n\nCulture: attendees wanted co-production to become part of how every organisation works.\n\nResources: most professionals asked for a checklist and for a named contact to support them when co-producing.\n\nRelaunching the idea: the word co-production was not widely understood, so York will choose a new word through a survey.\n\nCommunication: plain language without acronyms or jargon, and listening without a set of answers in mind."
        }
      },
      {
        "kind": "seminar",
        "key": "york-session-1",
        "fields": {
          "programme": "YORK-SEND-COPRO-2020", "series": "@york-training", "number": "1",
          "title": "Co-production training for SEND services, session 1",
          "type": "training-session", "mode": "online", "date": "July 2020", "city": "York (online, over Skype)",
          "theme": "A common definition of co-production"
        }
      },
      { "kind": "speaker", "fields": { "seminar": "@york-session-1", "person": "@laura-brown", "role": "facilitator" } },
      { "kind": "speaker", "fields": { "seminar": "@york-session-1", "person": "@victoria-binks", "role": "facilitator" } },
      {
        "kind": "seminar",
        "key": "york-session-2",
        "fields": {
          "programme": "YORK-SEND-COPRO-2020", "series": "@york-training", "number": "2",
          "title": "Co-production training for SEND services, session 2",
          "type": "training-session", "mode": "online", "date": "July 2020", "city": "York (online, over Skype)",
          "theme": "A common definition of co-production"
        }
      },
      { "kind": "speaker", "fields": { "seminar": "@york-session-2", "person": "@laura-brown", "role": "facilitator" } },
      { "kind": "speaker", "fields": { "seminar": "@york-session-2", "person": "@victoria-binks", "role": "facilitator" } },
      {
        "kind": "seminar",
        "key": "york-session-3",
        "fields": {
          "programme": "YORK-SEND-COPRO-2020", "series": "@york-training", "number": "3",
          "title": "Co-production training for SEND services, session 3",
          "type": "training-session", "mode": "online", "date": "July 2020", "city": "York (online, over Skype)",
          "theme": "A common definition of co-production"
        }
      },
      { "kind": "speaker", "fields": { "seminar": "@york-session-3", "person": "@laura-brown", "role": "facilitator" } },
      { "kind": "speaker", "fields": { "seminar": "@york-session-3", "person": "@victoria-binks", "role": "facilitator" } },
      {
        "kind": "seminar",
        "key": "york-session-4",
        "fields": {
          "programme": "YORK-SEND-COPRO-2020", "series": "@york-training", "number": "4",
          "title": "Co-production training for SEND services, session 4",
          "type": "training-session", "mode": "online", "date": "July 2020", "city": "York (online, over Skype)",
          "theme": "A common definition of co-production"
        }
      },
      { "kind": "speaker", "fields": { "seminar": "@york-session-4", "person": "@laura-brown", "role": "facilitator" } },
      { "kind": "speaker", "fields": { "seminar": "@york-session-4", "person": "@victoria-binks", "role": "facilitator" } },
      { "kind": "attendance", "fields": { "series": "@york-training", "group": "council-staff", "count": "15" } },
      { "kind": "attendance", "fields": { "series": "@york-training", "group": "nhs-commissioners", "count": "6" } },
      { "kind": "attendance", "fields": { "series": "@york-training", "group": "service-users-carers", "count": "4" } },
      { "kind": "attendance", "fields": { "series": "@york-training", "group": "practitioners", "count": "7" } },
      {
        "kind": "measure",
        "fields": { "series": "@york-training", "statement": "I understand the term co-production", "scale-min": "1", "scale-max": "5", "mean-before": "3.2", "mean-after": "4.4" }
      },
      {
        "kind": "measure",
        "fields": { "series": "@york-training", "statement": "I know how to use co-production within my daily life", "scale-min": "1", "scale-max": "5", "mean-before": "2.7", "mean-after": "4.05" }
      },
      {
        "kind": "measure",
        "fields": { "series": "@york-training", "statement": "I have the tools and support to help me with co-production", "scale-min": "1", "scale-max": "5", "mean-before": "2.25", "mean-after": "3.5" }
      },
      {
        "kind": "measure",
        "fields": { "series": "@york-training", "statement": "My colleagues understand how to use co-production", "scale-min": "1", "scale-max": "5", "mean-before": "2.1", "mean-after": "3.9" }
      },
      {
        "kind": "testimonial",
        "fields": {
          "programme": "YORK-SEND-COPRO-2020",
          "quote": "Be honest, we know that not everything can be done, but if it was just explained what was possible.",
          "given-by": "A parent",
          "role": "parent of a child with special educational needs",
          "source": "Training session, as quoted in the published write-up",
          "series": "@york-training"
        }
      }
    ]
    """#
}

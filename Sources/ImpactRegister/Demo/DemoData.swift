/// The demo programme: ESRC seminar series ES/N008146/1, "Re-imagining professionalism:
/// towards co-production" (University of Leeds, School of Healthcare), as register entries.
///
/// The facts come from the series' public Gateway to Research record
/// (https://gtr.ukri.org/projects?ref=ES%2FN008146%2F1), with the research team and the
/// award's duration from the series' public pages. Descriptions, abstracts and results are
/// our own summaries; testimonial quotes are short attributed excerpts of the feedback that
/// the record quotes. Where the record gives only a total attendance, the total is kept as
/// one count whose group is not recorded.
enum DemoData {
    static let grantReference = "ES/N008146/1"
    static let json = #"""
    [
      {
        "kind": "person",
        "key": "pamela-fisher",
        "fields": {
          "name": "Pamela Fisher",
          "affiliation": "University of Leeds, School of Healthcare",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "elaine-mcnichol",
        "fields": {
          "name": "Elaine McNichol",
          "affiliation": "University of Leeds",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "john-baker",
        "fields": {
          "name": "John Baker",
          "affiliation": "University of Leeds",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "norman-mcclelland",
        "fields": {
          "name": "Norman McClelland",
          "affiliation": "University of Leeds"
        }
      },
      {
        "kind": "person",
        "key": "martin-webber",
        "fields": {
          "name": "Martin Webber",
          "affiliation": "University of York",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "john-playle",
        "fields": {
          "name": "John Playle",
          "affiliation": "University of Huddersfield",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "albert-dzur",
        "fields": {
          "name": "Albert Dzur",
          "affiliation": "Professor of Political Science, Bowling Green State University",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "hannah-howe",
        "fields": {
          "name": "Hannah Howe",
          "affiliation": "Volition",
          "stakeholder-group": "third-sector"
        }
      },
      {
        "kind": "programme",
        "key": "programme",
        "fields": {
          "grant-reference": "ES/N008146/1",
          "title": "Re-imagining professionalism: towards co-production",
          "funder": "ESRC",
          "lead-organisation": "University of Leeds",
          "department": "School of Healthcare",
          "principal-investigator": "@pamela-fisher",
          "co-investigators": "@elaine-mcnichol;@john-baker;@norman-mcclelland;@martin-webber;@john-playle;@albert-dzur;@hannah-howe",
          "start-date": "2015-11-01",
          "end-date": "2017-11-30",
          "abstract": "An ESRC seminar series on how co-production, in which mental health service users decide on their own treatment and care as equal partners with professionals, can be encouraged and developed. It was planned by a team of service users, carers, voluntary and public sector workers and academics from six disciplines, and counts anyone committed to the work as a professional, service users and carers included as 'experts in experience'. Drawing on democratic professionalism, which adds questions of power to values-based practice, the seminars move from co-production and lived experience to changes in practice, policy and education, with recordings and a blog to carry the discussion on.",
          "planned-impact": "The series is meant to benefit service users, carers, mental health workers in public services and the third sector, educators, policy makers and commissioners by informing practice, policy, commissioning and education with a professionalism built on sharing power. Partners extend its reach: the social enterprise COLLABORATE, the Centre for Values Based Practice at St Catherine's College, Oxford (with access to national bodies), and NHS partners in Yorkshire. Academics in nursing, philosophy, psychiatry, political science, social work and sociology gain interdisciplinary debate and publications, and the series aims at fairer, more effective mental health services.",
          "url": "https://gtr.ukri.org/projects?ref=ES%2FN008146%2F1"
        }
      },
      {
        "kind": "person",
        "key": "michael-guthrie",
        "fields": {
          "name": "Michael Guthrie",
          "affiliation": "Director of Policy and Standards, Health and Social Care Professions Council",
          "stakeholder-group": "policy-makers"
        }
      },
      {
        "kind": "person",
        "key": "anne-dransfied",
        "fields": {
          "name": "Anne Dransfied",
          "affiliation": "Carer",
          "stakeholder-group": "service-users-carers"
        }
      },
      {
        "kind": "person",
        "key": "scott-bell",
        "fields": {
          "name": "Scott Bell",
          "affiliation": "Service user; employee of Kirklees Lifeline",
          "stakeholder-group": "service-users-carers"
        }
      },
      {
        "kind": "person",
        "key": "bill-fulford",
        "fields": {
          "name": "Bill Fulford",
          "affiliation": "St Catherine's College, University of Oxford",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "sarah-carr",
        "fields": {
          "name": "Sarah Carr",
          "affiliation": "NSUN and Middlesex University"
        }
      },
      {
        "kind": "person",
        "key": "peter-ryan",
        "fields": {
          "name": "Peter Ryan",
          "affiliation": "Middlesex University",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "gemma-stacey",
        "fields": {
          "name": "Gemma Stacey",
          "affiliation": "University of Nottingham",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "philip-houghton",
        "fields": {
          "name": "Philip Houghton",
          "affiliation": "University of Nottingham"
        }
      },
      {
        "kind": "person",
        "key": "ms-keeble",
        "fields": {
          "name": "Ms Keeble",
          "affiliation": "Service user, Bristol Co-production group",
          "stakeholder-group": "service-users-carers"
        }
      },
      {
        "kind": "person",
        "key": "tina-coldham",
        "fields": {
          "name": "Tina Coldham",
          "affiliation": "Social Care Institute for Excellence (SCIE)",
          "stakeholder-group": "third-sector"
        }
      },
      {
        "kind": "person",
        "key": "pete-fleischmann",
        "fields": {
          "name": "Pete Fleischmann",
          "affiliation": "Social Care Institute for Excellence (SCIE)",
          "stakeholder-group": "third-sector"
        }
      },
      {
        "kind": "person",
        "key": "david-crepaz-keay",
        "fields": {
          "name": "David Crepaz-Keay",
          "affiliation": "Head of Inclusion, Mental Health Foundation",
          "stakeholder-group": "third-sector"
        }
      },
      {
        "kind": "person",
        "key": "rebecca-hutten",
        "fields": {
          "name": "Rebecca Hutten",
          "affiliation": "PhD student, Sheffield",
          "stakeholder-group": "students"
        }
      },
      {
        "kind": "person",
        "key": "anne-rogers",
        "fields": {
          "name": "Anne Rogers",
          "affiliation": "Professor of Health Systems and Implementation, University of Southampton",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "karen-newbigging",
        "fields": {
          "name": "Karen Newbigging",
          "affiliation": "Senior Lecturer in Health Policy and Management, Health Services Management Centre, University of Birmingham",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "joseph-alderdice",
        "fields": {
          "name": "Joseph Alderdice",
          "affiliation": "Development and Engagement Lead, West Yorkshire Finding Independence (WY-FI)",
          "stakeholder-group": "third-sector"
        }
      },
      {
        "kind": "person",
        "key": "danielle-barnes",
        "fields": {
          "name": "Danielle Barnes",
          "affiliation": "Service user; Engagement and Co-Production worker, West Yorkshire Finding Independence (WY-FI)",
          "stakeholder-group": "service-users-carers"
        }
      },
      {
        "kind": "person",
        "key": "tricia-thorpe",
        "fields": {
          "name": "Tricia Thorpe",
          "affiliation": "Anti-stigma coordinator, Leeds and York Partnership NHS Foundation Trust; facilitator of Real voice and unheard voice",
          "stakeholder-group": "practitioners"
        }
      },
      {
        "kind": "person",
        "key": "vanessa-findlay",
        "fields": {
          "name": "Vanessa Findlay",
          "affiliation": "Service user; volunteer in the anti-stigma team",
          "stakeholder-group": "service-users-carers"
        }
      },
      {
        "kind": "person",
        "key": "mick-mckeown",
        "fields": {
          "name": "Mick McKeown",
          "affiliation": "Reader in Democratic Mental Health, UCLan",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "helen-spandler",
        "fields": {
          "name": "Helen Spandler",
          "affiliation": "Reader in Mental Health",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "brendan-stone",
        "fields": {
          "name": "Brendan Stone",
          "affiliation": "Professor, School of English, University of Sheffield",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "person",
        "key": "shirin-teifouri",
        "fields": {
          "name": "Shirin Teifouri",
          "affiliation": "School of English, University of Sheffield",
          "stakeholder-group": "academics"
        }
      },
      {
        "kind": "seminar",
        "key": "seminar-1",
        "fields": {
          "programme": "ES/N008146/1",
          "number": "1",
          "capacity-target": "about 35",
          "title": "Applying the concept of democratic professionalism in mental health",
          "date": "2016-01-05",
          "venue": "University of Leeds",
          "city": "Leeds",
          "theme": "Co-production and democratic professionalism",
          "description": "The opening seminar set the scene by asking what democratic professionalism could mean for mental health. Albert Dzur (political science, Bowling Green State University), Michael Guthrie (Health and Social Care Professions Council), the carer Anne Dransfied and Scott Bell, a service user who works for Kirklees Lifeline, gave presentations. 45 people took part, with service users and carers, professionals and academics in roughly equal numbers.",
          "discussion-notes": "The talks led to lively, prolonged debate, which carried on afterwards on the project blog and Twitter."
        }
      },
      {
        "kind": "seminar",
        "key": "seminar-2",
        "fields": {
          "programme": "ES/N008146/1",
          "number": "2",
          "capacity-target": "about 35",
          "title": "Enacting co-production",
          "date": "2016-02-17",
          "venue": "St Catherine's College, University of Oxford",
          "city": "Oxford",
          "theme": "Lived experience of co-production",
          "description": "The second scene-setting seminar looked at how co-production is enacted. Bill Fulford and Pamela Fisher introduced the day; Sarah Carr (NSUN and Middlesex University), Peter Ryan (Middlesex University), Gemma Stacey and Philip Houghton (University of Nottingham) and Ms Keeble of the Bristol Co-production group presented. 46 people took part, with service users and carers, professionals and academics in roughly equal numbers.",
          "discussion-notes": "A great deal of discussion, including on what future research should focus on.",
          "blog-url": "https://coproductionblog.wordpress.com/2016/02/22/esrc-seminar-enacting-co-production-at-st-catherines-college-university-of-oxford-on-17-february-2016/"
        }
      },
      {
        "kind": "seminar",
        "key": "seminar-3",
        "fields": {
          "programme": "ES/N008146/1",
          "number": "3",
          "capacity-target": "about 35",
          "title": "Contemporary developments in healthcare practice: a help and/or hindrance to power-sharing",
          "theme": "Healthcare practice and power-sharing",
          "description": "The third seminar asked whether current developments in healthcare practice help or hinder the sharing of power. Speakers were Tina Coldham and Pete Fleischmann (SCIE), David Crepaz-Keay (Mental Health Foundation), Martin Webber (University of York) and Rebecca Hutten (PhD student, Sheffield). It was heavily oversubscribed: 45 people attended, against an aim of about 35, with a waiting list; they included service users, carers, public and third sector professionals, academics, PhD students and members of professional bodies.",
          "discussion-notes": "Much lively discussion.",
          "blog-url": "https://coproductionblog.wordpress.com/tag/seminar-3/"
        }
      },
      {
        "kind": "seminar",
        "key": "seminar-4",
        "fields": {
          "programme": "ES/N008146/1",
          "number": "4",
          "capacity-target": "about 35",
          "title": "Contemporary developments in mental health policy and commissioning: a help and/or hindrance to co-production and power-sharing",
          "date": "2016-10-28",
          "city": "York",
          "theme": "Mental health policy and commissioning",
          "description": "The fourth seminar, held in York, turned to mental health policy and commissioning and whether they help or hinder co-production and power-sharing. Speakers were Anne Rogers (University of Southampton), Karen Newbigging (Health Services Management Centre, University of Birmingham), and Joseph Alderdice and Danielle Barnes of West Yorkshire Finding Independence (WY-FI).",
          "discussion-notes": "The record gives no account of the discussion; the seminar set out to encourage debate across service users, carers, academics, professionals, the voluntary and community sector and professional bodies."
        }
      },
      {
        "kind": "seminar",
        "key": "seminar-5",
        "fields": {
          "programme": "ES/N008146/1",
          "number": "5",
          "capacity-target": "about 35",
          "title": "Narrative and regulatory knowledge in co-production",
          "theme": "Narrative and regulatory knowledge",
          "description": "The fifth seminar set narrative, lived-experience knowledge beside regulatory knowledge in co-production. Speakers were Tricia Thorpe (anti-stigma coordinator, Leeds and York Partnership NHS Foundation Trust), Vanessa Findlay (service user and anti-stigma volunteer), Mick McKeown (UCLan), Helen Spandler, and Brendan Stone and Shirin Teifouri (School of English, University of Sheffield). It was highly oversubscribed: about 50 service users, academics and professionals took part, including a core of about 30 who return to each seminar, and over 30 people were on the waiting list.",
          "blog-url": "https://coproductionblog.wordpress.com/tag/seminar-5/",
          "waiting-list": "over 30"
        }
      },
      {
        "kind": "seminar",
        "key": "seminar-6",
        "fields": {
          "programme": "ES/N008146/1",
          "number": "6",
          "capacity-target": "about 35",
          "title": "Final event of the series",
          "city": "Huddersfield",
          "description": "The final event of the series, held in Huddersfield; the record gives no talks, date or attendance for it. A participant took from it the idea of a public partnership group hosted by a university."
        }
      },
      {
        "kind": "attendance",
        "fields": {
          "seminar": "@seminar-1",
          "group": "unrecorded",
          "count": "45"
        }
      },
      {
        "kind": "attendance",
        "fields": {
          "seminar": "@seminar-2",
          "group": "unrecorded",
          "count": "46"
        }
      },
      {
        "kind": "attendance",
        "fields": {
          "seminar": "@seminar-3",
          "group": "unrecorded",
          "count": "45"
        }
      },
      {
        "kind": "attendance",
        "fields": {
          "seminar": "@seminar-5",
          "group": "unrecorded",
          "count": "about 50"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-1",
          "person": "@albert-dzur",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-1",
          "person": "@michael-guthrie",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-1",
          "person": "@anne-dransfied",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-1",
          "person": "@scott-bell",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@bill-fulford",
          "role": "chair"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@pamela-fisher",
          "role": "chair"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@sarah-carr",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@peter-ryan",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@gemma-stacey",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@philip-houghton",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-2",
          "person": "@ms-keeble",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-3",
          "person": "@tina-coldham",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-3",
          "person": "@pete-fleischmann",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-3",
          "person": "@david-crepaz-keay",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-3",
          "person": "@martin-webber",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-3",
          "person": "@rebecca-hutten",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-4",
          "person": "@anne-rogers",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-4",
          "person": "@karen-newbigging",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-4",
          "person": "@joseph-alderdice",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-4",
          "person": "@danielle-barnes",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-5",
          "person": "@tricia-thorpe",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-5",
          "person": "@vanessa-findlay",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-5",
          "person": "@mick-mckeown",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-5",
          "person": "@helen-spandler",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-5",
          "person": "@brendan-stone",
          "role": "presenter"
        }
      },
      {
        "kind": "speaker",
        "fields": {
          "seminar": "@seminar-5",
          "person": "@shirin-teifouri",
          "role": "presenter"
        }
      },
      {
        "kind": "publication",
        "key": "publication-bradley-2017",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "We are all cogs in the machine: The philosophy behind the co-production of services is to work with another person to share power",
          "type": "Other",
          "authors": "Bradley M",
          "year": "2017",
          "journal": "Mentalhealthpractice.com"
        }
      },
      {
        "kind": "publication",
        "key": "publication-fisher-2016",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Narrative approaches in mental health: Preserving the emancipatory tradition.",
          "type": "Journal Article",
          "authors": "Fisher P",
          "year": "2016",
          "journal": "Health (London, England : 1997)"
        }
      },
      {
        "kind": "key-finding",
        "key": "key-finding",
        "fields": {
          "programme": "ES/N008146/1",
          "description": "The series' main achievement was to open up discussion across stakeholder groups (service users, carers, practitioners and academics), bridging critical social science, healthcare research and experiential knowledge; every event was oversubscribed. Notes of the debates were shared with participants and on the project blog, and the debates produced findings on implementing co-production, on education and on initiatives for social recovery. Examples given: the series shaped a continuing, co-produced professional support programme for trainee psychiatrists and other mental health practitioners run in London and the South East by Health Education England's Professional Support Unit; it gave MhIST, a peer-led mental health charity in Bolton, ideas on storytelling and on a university-hosted public partnership group; an edited book co-produced with participants, 'Co-production in Mental Health: Lighting up Dark Places', was accepted by Jessica Kingsley, expected late 2019; it led to successful bids to the NIHR, to Rape Crisis and for a PhD studentship at Leeds Beckett University on co-production under 'Future in Mind' in Wakefield; and in September 2018 the PI submitted an AHRC bid with a Leeds Beckett built-environment colleague for a tool to assess how building design affects mental health, developed with service user and carer participants.",
          "exploitation-route": "The findings will inform future funding applications and an edited collection to which many seminar participants contribute. One finding, the importance of environmental factors, has been taken into the built environment through the AHRC bid on building design and mental health, planned to be carried out with seminar participants as co-producers.",
          "sectors": "Communities and Social Services/Policy,Education,Environment,Healthcare,Government, Democracy and Justice",
          "url": "https://coproductionblog.wordpress.com/"
        }
      },
      {
        "kind": "narrative-impact",
        "key": "narrative-impact",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Co-production in professional development and practice",
          "description": "Debates across service users, professionals and academics were shared through notes and the project blog, and participants remarked on the series' radical and innovative approach. It had a direct effect on continuing professional development: Health Education England's Professional Support Unit credits it with shaping a co-produced programme of professional support for trainee psychiatrists and other mental health practitioners. It also gave a peer-led charity in Bolton ideas it is taking forward, led to an edited book co-produced with service users, and brought further funding, including a PhD on co-production in children and young people's mental health services in Wakefield.",
          "beneficiaries": "Trainee psychiatrists and other mental health practitioners; service users and carers; a peer-led mental health charity; commissioners and services in Wakefield.",
          "first-year": "2018",
          "sectors": "Communities and Social Services/Policy,Environment,Healthcare",
          "impact-types": "Cultural,Societal,Policy & public services"
        }
      },
      {
        "kind": "further-funding",
        "key": "funding-rape-crisis",
        "fields": {
          "programme": "ES/N008146/1",
          "description": "British Lottery",
          "amount": "£12,000 (GBP)",
          "organisation": "Rape Crisis",
          "sector": "Charity/Non Profit",
          "country": "United Kingdom",
          "start": "03/2017",
          "end": "09/2017"
        }
      },
      {
        "kind": "further-funding",
        "key": "funding-phd",
        "fields": {
          "programme": "ES/N008146/1",
          "description": "Funding for PhD studentship (Leeds Beckett)",
          "amount": "£60,000 (GBP)",
          "organisation": "Leeds Beckett University",
          "sector": "Academic/University",
          "country": "United Kingdom",
          "start": "02/2017",
          "end": "02/2020"
        }
      },
      {
        "kind": "further-funding",
        "key": "funding-nihr",
        "fields": {
          "programme": "ES/N008146/1",
          "description": "NIHR, School of Social Care",
          "amount": "£67,840 (GBP)",
          "organisation": "National Institute for Health Research",
          "funding-id": "CO88/Ti1-011/RHULFK-P83",
          "sector": "Public",
          "country": "United Kingdom",
          "start": "08/2017",
          "end": "04/2018"
        }
      },
      {
        "kind": "research-material",
        "key": "co-production-tool",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Co-production tool",
          "description": "A tool for co-production, developed in the 'Co-production Weaving the Web' project, which the record lists among its further funding.",
          "type": "Improvements to research infrastructure",
          "year-provided": "2017",
          "provided-to-others": "Yes",
          "impact": "The tool is available to Rape Crisis England and Wales."
        }
      },
      {
        "kind": "collaboration",
        "key": "wun-collaboration",
        "fields": {
          "programme": "ES/N008146/1",
          "description": "Worldwide University Network, Resilience in Service Providers in Public Health",
          "organisation": "University of Cape Town",
          "department": "Percy FitzPatrick Institute of African Ornithology",
          "country": "South Africa",
          "sector": "Academic/University",
          "pi-contribution": "The PI coordinates the Service Providers working group of the WUN Resilience working group, which is led by Prof Steve Reid at the University of Cape Town and has 25 partner universities in the UK and abroad; the group runs five linked studies on resilience and mental health.",
          "partner-contribution": "The network gives chances to share research, professional practice and expertise by experience from the seminar series: a paper in a symposium at the Pathways to Resilience IV conference at the University of Cape Town (14-16 June) and an invited paper at the WUN Resilience Workshop (17-18 June).",
          "impact": "Potential for international funding applications on mental health and resilience.",
          "start-year": "2015"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-iris-2017",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Conference presentation",
          "form": "A talk or presentation",
          "official-scheme": "No",
          "geographic-reach": "International",
          "primary-audience": "Other audiences",
          "results": "Joint presentation by Coan, Winfield and Fisher, with a service-user participant of the seminars: 'Co-production and mental health: patient champions speak back to power', Iris International Conference 2017 on research co-production with communities, University of Birmingham, 14-15 September 2017.",
          "years": "2017"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-scie-roundtable",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Invitation to Round Table Discussion on co-production at the Social Care Institute for Excellence",
          "form": "A formal working group, expert panel or dialogue",
          "official-scheme": "No",
          "geographic-reach": "National",
          "primary-audience": "Third sector organisations",
          "results": "Pamela Fisher took part by invitation in the roundtable 'The Challenge of Co-production' at the Social Care Institute for Excellence, London, 19 May 2016; it raised awareness of and interest in the seminar series.",
          "years": "2016"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-yhla-2017",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Invited Presentation: Fisher, P. (2017) Re-imagining professionalism: towards co-production, Yorkshire and Humberside Leadership Academy, Health Education England Leeds 1 February",
          "form": "A talk or presentation",
          "official-scheme": "No",
          "geographic-reach": "National",
          "primary-audience": "Professional Practitioners",
          "results": "Invited talk to the Co-creation network of the Yorkshire and Humberside Leadership Academy, passing on debates from the seminar series to an audience of around 100 professionals from public and third sector agencies.",
          "years": "2016",
          "url": "https://co-creationnetwork.com/docs/pamela-fisher-winter-basecamp-2017/"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-n8-2017",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Invited presentation",
          "form": "A talk or presentation",
          "official-scheme": "No",
          "geographic-reach": "National",
          "primary-audience": "Professional Practitioners",
          "results": "Pamela Fisher's invited talk 'Co-production and community engagement' at the Police Community Engagement Showcase, an N8 Policing Research Partnership knowledge exchange conference at The Studio, Riverside West, Leeds (2017).",
          "years": "2017",
          "url": "https://n8prp.org.uk/event/n8-prp-police-community-engagement-showcase/"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-nsun-2016",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Invited talk by Pamela Fisher at a conference by the Social Care Strategic Network and National Survivor User Network",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "National",
          "primary-audience": "Professional Practitioners",
          "results": "Invited talk 'Re-imagining professionalism in mental health: towards co-production' at 'Co-produced Innovation in Mental Health', a conference of the Social Care Strategic Network and the National Survivor User Network, London, 15 June 2016.",
          "years": "2016"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-keynote-2016",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Keynote by Pamela Fisher",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "Regional",
          "primary-audience": "Professional Practitioners",
          "results": "Keynote 'Co-production and citizenship' at the Co-production Conference of Touchstone and Leeds Involving People, St Chad's, Leeds, 9 June 2016; it raised the profile of the seminar series among regional stakeholder groups.",
          "years": "2016",
          "url": "http://www.volition.org.uk/co-production-conference-thursday-9th-june/"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-seminar-2",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Seminar 2: Enacting co-production at St Catherine's College, University of Oxford, 17 February 2-16",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "International",
          "primary-audience": "Patients, carers and/or patient groups",
          "results": "46 people took part, with service users and carers, statutory and third sector professionals and academics in roughly equal numbers. Bill Fulford and Pamela Fisher introduced the day; Sarah Carr, Peter Ryan, Gemma Stacey, Philip Houghton and Ms Keeble presented. Much discussion followed, including on the focus of future research.",
          "years": "2016",
          "seminar": "@seminar-2"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-seminar-3",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Seminar 3: Contemporary Developments in Healthcare Practice: a help and/or hindrance to power-sharing",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "National",
          "primary-audience": "Patients, carers and/or patient groups",
          "results": "Heavily oversubscribed: 45 people attended, against an aim of about 35, with a waiting list; they included service users, carers, public and third sector professionals, academics, PhD students and members of professional bodies. Speakers were Tina Coldham, Pete Fleischmann, David Crepaz-Keay, Martin Webber and Rebecca Hutten, and much lively discussion followed.",
          "years": "2016",
          "url": "https://coproductionblog.wordpress.com/tag/seminar-3/",
          "seminar": "@seminar-3"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-seminar-4",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Seminar 4: Contemporary developments in mental health policy and commissioning: a help and/or hindrance to co-production and power-sharing",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "International",
          "primary-audience": "Patients, carers and/or patient groups",
          "results": "Held in York on 28 October 2016 to encourage debate across service users, carers, academics, professionals, the voluntary and community sector and professional bodies. Speakers were Anne Rogers, Karen Newbigging, Joseph Alderdice and Danielle Barnes.",
          "years": "2016",
          "url": "https://coproductionblog.wordpress.com/",
          "seminar": "@seminar-4"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-seminar-5",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Seminar 5: Narrative and regulatory knowledge in co-produciton",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "National",
          "primary-audience": "Patients, carers and/or patient groups",
          "results": "Highly oversubscribed: about 50 service users, academics and professionals took part, including a core of about 30 who keep returning, and over 30 were on the waiting list. Speakers were Tricia Thorpe, Vanessa Findlay, Mick McKeown, Helen Spandler, Brendan Stone and Shirin Teifouri.",
          "years": "2016",
          "url": "https://coproductionblog.wordpress.com/tag/seminar-5/",
          "seminar": "@seminar-5"
        }
      },
      {
        "kind": "engagement",
        "key": "engagement-seminar-1",
        "fields": {
          "programme": "ES/N008146/1",
          "title": "Seminar at Leeds: Applying the concept of democratic professionalism in mental health",
          "form": "Participation in an activity, workshop or similar",
          "official-scheme": "No",
          "geographic-reach": "International",
          "primary-audience": "Patients, carers and/or patient groups",
          "results": "45 people took part, with service users and carers, statutory and third sector professionals and academics in roughly equal numbers. Albert Dzur, Michael Guthrie, Anne Dransfied and Scott Bell presented, and the lively debate continued afterwards on the blog and Twitter.",
          "years": "2016",
          "seminar": "@seminar-1"
        }
      },
      {
        "kind": "testimonial",
        "key": "testimonial-hee-influence",
        "fields": {
          "programme": "ES/N008146/1",
          "quote": "The ESRC seminar series has been a profound influence on the establishment of a continuing programme of professional support for trainee psychiatrists and other mental health practitioners, run in London and the South East by the Professional Support Unit of Health Education England.",
          "given-by": "Penny Morris and Dr Taiwo Ajayi",
          "role": "Former Education Lead, Professional Support Unit (Penny Morris); Specialist Registrar in Adult Psychiatry (Dr Taiwo Ajayi)",
          "organisation": "Professional Support Unit, Health Education England",
          "source": "Researchfish key findings, GtR record ES/N008146/1",
          "supports": "@key-finding;@narrative-impact"
        }
      },
      {
        "kind": "testimonial",
        "key": "testimonial-hee-learning",
        "fields": {
          "programme": "ES/N008146/1",
          "quote": "Our most important learning from the co-production seminars and this programme has been the importance of mutual learning and (collaborative) self-care for all.",
          "given-by": "Penny Morris and Dr Taiwo Ajayi",
          "role": "Former Education Lead, Professional Support Unit (Penny Morris); Specialist Registrar in Adult Psychiatry (Dr Taiwo Ajayi)",
          "organisation": "Professional Support Unit, Health Education England",
          "source": "Researchfish key findings, GtR record ES/N008146/1",
          "supports": "@key-finding;@narrative-impact"
        }
      },
      {
        "kind": "testimonial",
        "key": "testimonial-bradley-storytelling",
        "fields": {
          "programme": "ES/N008146/1",
          "quote": "I think story telling is a really helpful way for people who experience mental health problems to explain how things have been for them and how they got where they are.",
          "given-by": "John Melvyn Bradley",
          "role": "Helps run a peer-led mental health charity; attended each of the seminars",
          "organisation": "MhIST (Mental Health Independent Support Team), Bolton",
          "source": "Researchfish key findings, GtR record ES/N008146/1",
          "supports": "@key-finding",
          "seminar": "@seminar-5"
        }
      },
      {
        "kind": "testimonial",
        "key": "testimonial-bradley-partnership",
        "fields": {
          "programme": "ES/N008146/1",
          "quote": "I really like the idea of a public partnership group being hosted by a university.",
          "given-by": "John Melvyn Bradley",
          "role": "Helps run a peer-led mental health charity; attended each of the seminars",
          "organisation": "MhIST (Mental Health Independent Support Team), Bolton",
          "source": "Researchfish key findings, GtR record ES/N008146/1",
          "supports": "@key-finding",
          "seminar": "@seminar-6"
        }
      }
    ]
    """#
}

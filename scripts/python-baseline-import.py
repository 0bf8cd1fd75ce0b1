#!/usr/bin/env python3
"""The usual alternative to `impact import`: a plain Python script, `xml.etree` plus the standard
`sqlite3` module, that stores the same fields of GtR portal XML files the way a user would script
it. It is the baseline `scripts/bench` compares our import with.

    scripts/python-baseline-import.py register.sqlite FOLDER...

Per file: the project (grant reference, title, abstract, planned impact, lead organisation,
department, funder, dates, web address), its people, publications and outcomes of every type, each
outcome keyed by its Researchfish `outcomeId` (a second copy replaces the first). Everything is
written in one transaction, as a one-off script would; there is no history, provenance, flagging
or value checking.
"""
import html
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

NS = "{http://gtr.ukri.org/api}"

# Outcome element → (table, {column: [element names tried in order]}), as GtROutcomeFields maps them.
COMMON = {"description": ["description"], "impact": ["impact"], "url": ["url"]}
OUTCOMES = {
    "disseminationOutput": ("engagement", {"title": ["description"], "form": ["form"], "official_scheme": ["partOfOfficialScheme"],
                                           "presentation_type": ["presentationType"], "geographic_reach": ["geographicReach"],
                                           "primary_audience": ["primaryAudience"], "results": ["impact"], "years": ["year"], "url": ["url"]}),
    "collaborationOutput": ("collaboration", dict(COMMON, organisation=["collaboratingOrganisation"], department=["department"],
                                                  country=["country"], sector=["sector"], pi_contribution=["piContribution"],
                                                  partner_contribution=["partnerContribution"], start_year=["start"], end_year=["end"])),
    "furtherFundingOutput": ("further_funding", {"description": ["description"], "organisation": ["fundingOrg"], "department": ["department"],
                                                 "funding_id": ["fundingRef"], "sector": ["sector"], "country": ["country"],
                                                 "amount": ["amountPounds"], "currency": ["currCode"], "start": ["start"], "end": ["end"]}),
    "keyFindingsOutput": ("key_finding", {"description": ["description"], "exploitation_route": ["exploitationPathways"],
                                          "non_academic_uses": ["nonAcademicUses"], "sectors": ["sector"], "url": ["url"]}),
    "impactSummaryOutput": ("narrative_impact", {"title": ["title"], "description": ["description"], "beneficiaries": ["beneficiaries"],
                                                 "contribution_method": ["contributionMethod"], "first_year": ["firstYearOfImpact"],
                                                 "sectors": ["sector"], "impact_types": ["impactType"]}),
    "policyInfluenceOutput": ("policy_influence", dict(COMMON, type=["type"], guideline_title=["guidelineTitle"],
                                                       geographic_reach=["geographicReach"], methods=["methods"], impact_areas=["area"])),
    "researchMaterialOutput": ("research_material", dict(COMMON, title=["title"], type=["type"], year_provided=["yearFirstProvided"],
                                                         provided_to_others=["providedToOthers"])),
    "researchDatabaseAndModelOutput": ("research_database", dict(COMMON, title=["title"], type=["type"], year_provided=["yearFirstProvided"],
                                                                 provided_to_others=["providedToOthers"])),
    "softwareAndTechnicalProductOutput": ("software", dict(COMMON, title=["title"], type=["type"], year_provided=["yearFirstProvided"],
                                                           open_sourced=["softwareOpenSourced"], licence=["openSourceLicense"])),
    "artisticAndCreativeProductOutput": ("artistic_product", dict(COMMON, title=["title"], type=["type"], year_provided=["yearFirstProvided"])),
    "intellectualPropertyOutput": ("intellectual_property", dict(COMMON, title=["title"], protection=["protection"], patent_id=["patentId"],
                                                                 year_granted=["yearProtectionGranted"], licensed=["licensed"])),
    "productOutput": ("product", dict(COMMON, title=["title"], type=["type"], stage=["stage"], status=["status"],
                                      clinical_trial=["clinicalTrial"], year_completed=["yearDevCompleted"])),
    "spinOutOutput": ("spin_out", dict(COMMON, company_name=["companyName"], year_established=["yearCompanyFormed"],
                                       registration_number=["registrationNumber"], joint_venture=["jointVenture"])),
}
PROGRAMME = ["grant_reference", "gtr_id", "title", "abstract", "planned_impact", "lead_organisation", "department",
             "funder", "start_date", "end_date", "url"]
PUBLICATION = ["outcome_id", "programme", "title", "journal", "year", "isbn", "issn", "doi", "pmid", "authors"]


def text(element, *names):
    for name in names:
        for found in element.iter(NS + name):
            if found.text and found.text.strip():
                return html.unescape(found.text.strip())
    return None


def create(db):
    db.execute("CREATE TABLE programme (%s, UNIQUE (grant_reference))" % ", ".join(PROGRAMME))
    db.execute("CREATE TABLE person (gtr_id PRIMARY KEY, name, orcid)")
    db.execute("CREATE TABLE programme_person (programme, person, role)")
    db.execute("CREATE TABLE publication (%s, UNIQUE (outcome_id))" % ", ".join(PUBLICATION))
    for table, columns in OUTCOMES.values():
        db.execute("CREATE TABLE %s (outcome_id, programme, %s, UNIQUE (outcome_id))" % (table, ", ".join(columns)))


def load(db, path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        print("%s: %s" % (path, error), file=sys.stderr)
        return
    project = root.find(".//%sproject" % NS)
    reference = project.findtext(NS + "grantReference")
    fund = project.find(NS + "fund")
    lead = root.find(".//%sleadResearchOrganisation" % NS)
    db.execute("INSERT OR REPLACE INTO programme VALUES (%s)" % ", ".join("?" * len(PROGRAMME)), [
        reference, project.findtext(NS + "id"), text(project, "title"), text(project, "abstractText"),
        text(project, "potentialImpactText"), text(lead, "name") if lead is not None else None,
        text(lead, "department") if lead is not None else None,
        text(fund, "name") if fund is not None else None, (text(fund, "start") or "")[:10] if fund is not None else None,
        (text(fund, "end") or "")[:10] if fund is not None else None, project.get("url"),
    ])
    for person in root.iter(NS + "personRole"):
        name = " ".join(filter(None, [text(person, "firstName"), text(person, "otherNames"), text(person, "surname")]))
        db.execute("INSERT OR REPLACE INTO person VALUES (?, ?, ?)", [text(person, "id"), name, text(person, "orcidId")])
        for role in person.iter(NS + "role"):
            db.execute("INSERT INTO programme_person VALUES (?, ?, ?)", [reference, text(person, "id"), text(role, "name")])
    for publication in project.iter(NS + "publication"):
        authors = [a.text for a in publication.iter(NS + "author") if a.text]
        db.execute("INSERT OR REPLACE INTO publication VALUES (%s)" % ", ".join("?" * len(PUBLICATION)), [
            text(publication, "outcomeId", "id"), reference, text(publication, "title"), text(publication, "parentPublicationTitle"),
            (text(publication, "date") or "")[:4] or None, text(publication, "isbn"), text(publication, "issn"),
            text(publication, "doi"), text(publication, "pubMedId"), "; ".join(authors) or None,
        ])
    output = project.find(NS + "output")
    if output is None:
        return
    for element in output.iter():
        mapping = OUTCOMES.get(element.tag.replace(NS, ""))
        if mapping is None:
            continue
        table, columns = mapping
        values = [text(element, "outcomeId", "id"), reference] + [text(element, *names) for names in columns.values()]
        db.execute("INSERT OR REPLACE INTO %s VALUES (%s)" % (table, ", ".join("?" * len(values))), values)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    db = sqlite3.connect(sys.argv[1])
    create(db)
    count = 0
    for folder in sys.argv[2:]:
        for name in sorted(os.listdir(folder)):
            load(db, os.path.join(folder, name))
            count += 1
    db.commit()
    db.close()
    print("%d files" % count, file=sys.stderr)


if __name__ == "__main__":
    main()

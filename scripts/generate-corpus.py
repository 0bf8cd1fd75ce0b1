#!/usr/bin/env python3
"""Writes a synthetic Gateway to Research corpus: one portal-API `projectOverview` XML file per
project, with the shapes and distributions of the real sample in ../shared/data/gtr/.

    scripts/generate-corpus.py --projects 20000 --seed 1 --out /tmp/corpus
    scripts/generate-corpus.py --measure /tmp/sample/gtr-portal-xml > scripts/gtr-corpus-profile.json

The distributions live as data in `scripts/gtr-corpus-profile.json`, measured from the real sample
by `--measure` (re-run it if the sample changes). What it holds, and how generation uses it:

- `shapes`: for every real project, how many of each element it has (publications, people,
  organisations, each of the 13 outcome types, research subjects…). Each generated project takes
  the shape of a real one chosen at random, so the mix of outcome types, the long tail of big
  projects (the largest real file is 0.9 MB) and the correlation between counts are the real ones.
- `scopes`: for every element type, each leaf it may hold (in document order) with how often it is
  present and how many times it repeats, and a model of its values: `choice` (the real values and
  their frequencies — vocabularies, currencies `currCode`, years, placeholders such as "Nil" or
  "N/A" when they are frequent), `list` (comma-joined vocabulary values such as sectors: the items
  and how many a record has), `text` (length quantiles, share with line breaks, share with HTML
  entities such as `&amp;quot;`, and the placeholder values seen with their counts), `number`
  (quantiles: amounts, percentages), `date` (year quantiles and the exact text form), `url`,
  `uuid`, `token` (Researchfish `outcomeId`s).
- `shared`: the share of records whose identity (`outcomeId`, person id) also appears in another
  project's file; such a record is generated as a copy of one already written for an earlier
  project (same `outcomeId` and content, new `id`), as GtR does for outcomes reported on several
  grants.
- `empty_files`: the share of empty files (the sample has one).
- `words`: the sample's most frequent words, from which free text is drawn.

The output depends only on the profile, --projects and --seed.
"""
import argparse
import bisect
import collections
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

NS = "{http://gtr.ukri.org/api}"
PROFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gtr-corpus-profile.json")

# Element types, as (container path under projectComposition, element name). The 13 outcome
# types sit under project/output; keyFindingsOutput has no plural container.
OUTCOMES = [
    "disseminationOutput", "collaborationOutput", "furtherFundingOutput", "impactSummaryOutput",
    "policyInfluenceOutput", "researchMaterialOutput", "researchDatabaseAndModelOutput",
    "softwareAndTechnicalProductOutput", "artisticAndCreativeProductOutput",
    "intellectualPropertyOutput", "productOutput", "spinOutOutput",
]
SCOPES = [
    ("collaborations", "collaborator"),
    ("", "leadResearchOrganisation"),
    ("organisationRoles", "organisationRole"),
    ("personRoles", "personRole"),
    ("project/healthCategories", "healthCategory"),
    ("project/identifiers", "identifier"),
    ("project/researchActivities", "researchActivity"),
    ("project/researchSubjects", "researchSubject"),
    ("project/researchTopics", "researchTopic"),
    ("project/rcukProgrammes", "rcukProgramme"),
    ("project/publications", "publication"),
    ("project/output", "keyFindingsOutput"),
] + [("project/output/" + name[0].lower() + name[1:] + "s", name) for name in OUTCOMES]
# The project's own leaves (title, abstract, fund…) form one more scope.
PROJECT = "project"
PROJECT_CHILD_CONTAINERS = {"healthCategories", "identifiers", "researchActivities", "researchSubjects",
                            "researchTopics", "rcukProgrammes", "publications", "output", "projectHierarchy"}
OUTPUT_CONTAINERS = [c.split("/")[-1] for c, _ in SCOPES if c.startswith("project/output/")]
PLACEHOLDERS = {"nil", "n/a", "na", "n.a", "none", "tbc", "tba", "tbd", "null", "not applicable", "-", "--", "---"}
ENTITY = re.compile(r"&(amp;)?(quot|pound|amp|lt|gt|#\d+|[a-z]+);")
UUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
DATE = re.compile(r"^(\d{4})-\d{2}-\d{2}(.*)$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
URL_ATTRIBUTES = {"collaborator": "organisation", "leadResearchOrganisation": "organisation",
                  "organisationRole": "organisation", "personRole": "person"}


# ---------------------------------------------------------------- measuring the real sample

def local(tag):
    return tag.replace(NS, "")


def leaves(element, prefix=""):
    """(relative path, text) of every leaf below `element`, in document order."""
    for child in element:
        path = prefix + local(child.tag)
        if len(child):
            yield from leaves(child, path + "/")
        else:
            yield path, (child.text or "")


def quantiles(values, points=21):
    values = sorted(values)
    if not values:
        return [0] * points
    return [values[min(len(values) - 1, int(i * (len(values) - 1) / (points - 1)))] for i in range(points)]


def model(name, values):
    """A compact description of the values one leaf takes."""
    counts = collections.Counter(values)
    if name == "outcomeId":
        return {"kind": "token", "lengths": quantiles([len(v) for v in values])}
    if all(UUID.match(v) for v in counts):
        return {"kind": "uuid"}
    if all(DATE.match(v) for v in counts):
        suffixes = collections.Counter(DATE.match(v).group(2) for v in values)
        return {"kind": "date", "years": quantiles([int(v[:4]) for v in values]), "suffix": suffixes.most_common(1)[0][0]}
    if len(counts) > 60 and all(NUMBER.match(v) for v in counts):
        return {"kind": "number", "values": quantiles([float(v) for v in values], 41),
                "integer": all("." not in v for v in counts)}
    if len(counts) <= 60 or len(counts) < 0.1 * len(values):
        top = counts.most_common(80)
        return {"kind": "choice", "values": [v for v, _ in top], "weights": [c for _, c in top]}
    items = [re.split(r",(?! )", v) for v in values]
    item_counts = collections.Counter(i for parts in items for i in parts)
    if sum(len(parts) > 1 for parts in items) > 0.1 * len(values) and len(item_counts) <= 200:
        # A comma-joined vocabulary list, such as the sectors of a key finding.
        top = item_counts.most_common(120)
        sizes = collections.Counter(len(parts) for parts in items)
        return {"kind": "list", "values": [v for v, _ in top], "weights": [c for _, c in top],
                "sizes": [[k, c] for k, c in sorted(sizes.items())]}
    placeholders = {v: c for v, c in counts.items() if v.strip().lower().rstrip(".,;:!").strip() in PLACEHOLDERS}
    text = {"lengths": quantiles([len(v) for v in values]),
            "newlines": round(sum("\n" in v for v in values) / len(values), 4),
            "entities": round(sum(bool(ENTITY.search(v)) for v in values) / len(values), 4),
            "placeholders": placeholders, "count": len(values)}
    if sum(v.startswith("http") for v in values) > 0.8 * len(values):
        return dict(text, kind="url")
    return dict(text, kind="text")


def measure(folder):
    shapes, empty, files = [], 0, sorted(os.listdir(folder))
    values = collections.defaultdict(lambda: collections.defaultdict(list))
    present = collections.defaultdict(lambda: collections.defaultdict(list))
    order = collections.defaultdict(dict)
    instances = collections.Counter()
    owners = collections.defaultdict(lambda: collections.defaultdict(set))
    words = collections.Counter()
    references = collections.Counter()
    for file in files:
        try:
            root = ET.parse(os.path.join(folder, file)).getroot()
        except ET.ParseError:
            empty += 1
            continue
        composition = root.find(NS + "projectComposition")
        shape = []
        for container, name in SCOPES:
            path = "/".join(NS + p for p in container.split("/") if p)
            parent = composition.find(path) if path else composition
            found = [] if parent is None else parent.findall(NS + name)
            shape.append(len(found))
            for element in found:
                record(name, element, file, values, present, order, instances, owners, words)
        project = composition.find(NS + "project")
        slim = ET.Element("project")
        for child in project:
            if local(child.tag) not in PROJECT_CHILD_CONTAINERS:
                slim.append(child)
        record(PROJECT, slim, file, values, present, order, instances, owners, words)
        reference = project.findtext(NS + "grantReference") or ""
        references[reference.split("/")[0] if "/" in reference else "(none)"] += 1
        shapes.append(shape)
    scopes = {}
    for scope in [PROJECT] + [name for _, name in SCOPES]:
        fields = []
        for leaf in sorted(order[scope], key=order[scope].get):
            repeats = collections.Counter(present[scope][leaf])
            fields.append({"path": leaf, "present": round(len(present[scope][leaf]) / max(1, instances[scope]), 4),
                           "repeats": [[k, c] for k, c in sorted(repeats.items())],
                           "model": model(leaf.split("/")[-1], values[scope][leaf])})
        scopes[scope] = {"count": instances[scope], "leaves": fields}
    shared = {}
    for scope, keys in owners.items():
        total = sum(len(files) for files in keys.values())
        shared[scope] = round(sum(len(files) for files in keys.values() if len(files) > 1) / max(1, total), 4)
    return {
        "source": "gtr-portal-xml-sample.tar.xz: %d files" % len(files),
        "scopes_order": [[c, n] for c, n in SCOPES],
        "shapes": [" ".join(map(str, s)) for s in shapes],
        "empty_files": round(empty / len(files), 6),
        "grant_prefixes": dict(references.most_common()),
        "shared": shared,
        "scopes": scopes,
        "words": [w for w, _ in words.most_common(1500)],
    }


def record(scope, element, file, values, present, order, instances, owners, words):
    instances[scope] += 1
    seen = collections.Counter()
    for path, text in leaves(element):
        seen[path] += 1
        values[scope][path].append(text)
        order[scope].setdefault(path, len(order[scope]))
        if len(text) > 40:
            words.update(w for w in re.findall(r"[A-Za-z][a-z]+", text))
    for path, count in seen.items():
        present[scope][path].append(count)
    key = element.findtext(NS + "outcomeId") or (element.findtext(NS + "id") if scope == "personRole" else None)
    if key:
        owners[scope][key.strip()].add(file)


# ---------------------------------------------------------------- generating

class Generator:
    def __init__(self, profile, seed):
        self.profile = profile
        self.rng = random.Random(seed)
        self.shapes = [list(map(int, s.split())) for s in profile["shapes"]]
        self.scopes = profile["scopes"]
        self.words = profile["words"]
        self.pools = collections.defaultdict(list)
        self.references = set()
        # "(none)": references without a council prefix, such as MRC's "G0100195".
        self.prefixes = list(profile["grant_prefixes"])
        self.prefix_weights = list(profile["grant_prefixes"].values())
        self.cumulative = {}

    def uuid(self):
        h = "%032X" % self.rng.getrandbits(128)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def quantile(self, points):
        """A value drawn between two neighbouring quantiles."""
        i = self.rng.random() * (len(points) - 1)
        low = int(i)
        high = min(low + 1, len(points) - 1)
        return points[low] + (points[high] - points[low]) * (i - low)

    def choice(self, key, values, weights):
        cumulative = self.cumulative.get(key)
        if cumulative is None:
            cumulative, total = [], 0
            for w in weights:
                total += w
                cumulative.append(total)
            self.cumulative[key] = cumulative
        return values[bisect.bisect_right(cumulative, self.rng.random() * cumulative[-1])]

    def text(self, key, model):
        placeholders = model.get("placeholders") or {}
        if placeholders and self.rng.random() < sum(placeholders.values()) / model["count"]:
            return self.choice(key + "#p", list(placeholders), list(placeholders.values()))
        length = max(1, int(self.quantile(model["lengths"])))
        words, size = [], 0
        while size < length:
            # Skewed towards the frequent words, as prose is.
            word = self.words[int(len(self.words) * self.rng.random() ** 3)]
            words.append(word)
            size += len(word) + 1
        if words:
            words[0] = words[0].capitalize()
        if self.rng.random() < model["entities"]:
            at = self.rng.randrange(len(words))
            words[at] = self.rng.choice(["&quot;%s&quot;", "R&amp;D %s", "&pound;%s", "%s &amp;"]) % words[at]
        if self.rng.random() < model["newlines"] and len(words) > 4:
            words.insert(self.rng.randrange(1, len(words)), "\n\n")
        return " ".join(words)[: max(length, 1)].strip() or "x"

    def value(self, key, model):
        kind = model["kind"]
        if kind == "uuid":
            return self.uuid()
        if kind == "token":
            return "%013x.%08d" % (self.rng.getrandbits(52), self.rng.randrange(10 ** 8))
        if kind == "date":
            year = int(self.quantile(model["years"]))
            return "%04d-%02d-%02d%s" % (year, self.rng.randint(1, 12), self.rng.randint(1, 28), model["suffix"])
        if kind == "number":
            number = self.quantile(model["values"])
            return str(int(number)) if model["integer"] else "%.2f" % number
        if kind == "choice":
            return self.choice(key, model["values"], model["weights"])
        if kind == "list":
            sizes, weights = zip(*model["sizes"])
            size = self.choice(key + "#n", sizes, weights)
            picked = []
            for _ in range(size * 3):
                item = self.choice(key, model["values"], model["weights"])
                if item not in picked:
                    picked.append(item)
                if len(picked) == size:
                    break
            return ",".join(picked)
        if kind == "url":
            path = "/".join(self.rng.choice(self.words).lower() for _ in range(3))
            return "http://www.%s.ac.uk/%s" % (self.rng.choice(self.words).lower(), path)
        return self.text(key, model)

    def leaves(self, scope):
        out = []
        for leaf in self.scopes[scope]["leaves"]:
            if self.rng.random() >= leaf["present"]:
                continue
            counts, weights = zip(*leaf["repeats"])
            repeats = self.choice(scope + leaf["path"] + "#r", counts, weights)
            for _ in range(repeats):
                out.append((leaf["path"], self.value(scope + leaf["path"], leaf["model"])))
        return self.ordered_dates(out)

    @staticmethod
    def ordered_dates(leaves):
        """Start and end are drawn apart; a real record never ends before it starts."""
        where = {path: i for i, (path, _) in enumerate(leaves)}
        for path, i in list(where.items()):
            if path.split("/")[-1] != "start":
                continue
            j = where.get(path[: -len("start")] + "end")
            if j is not None and leaves[j][1] < leaves[i][1]:
                leaves[i], leaves[j] = (leaves[i][0], leaves[j][1]), (leaves[j][0], leaves[i][1])
        return leaves

    def element(self, scope, shared_key):
        """The leaves of one element; a shared record is a copy of an earlier project's."""
        pool = self.pools[scope]
        if pool and self.rng.random() < self.profile["shared"].get(scope, 0):
            picked = list(pool[-self.rng.randint(1, min(len(pool), 400))])
            if shared_key == "outcomeId":
                picked = [(p, self.uuid() if p == "id" else v) for p, v in picked]
            return picked, False
        return self.leaves(scope), shared_key is not None

    def project(self):
        shape = self.rng.choice(self.shapes)
        reference = self.grant_reference()
        project_id = self.uuid()
        parts, made = {}, []
        for (container, name), count in zip(self.profile["scopes_order"], shape):
            key = "outcomeId" if name in OUTCOMES or name in ("keyFindingsOutput", "publication") else (
                "id" if name == "personRole" else None)
            items = []
            for _ in range(count):
                element, fresh = self.element(name, key)
                items.append(element)
                if fresh:
                    made.append((name, element))
            parts[(container, name)] = items
        self.pools_add(made)
        own = [(p, v) for p, v in self.leaves(PROJECT) if p not in ("id", "grantReference")]
        own = [("id", project_id), ("grantReference", reference)] + own
        return project_id, render(project_id, reference, own, parts)

    def pools_add(self, made):
        for scope, element in made:
            pool = self.pools[scope]
            pool.append(element)
            if len(pool) > 2000:
                del pool[:1000]

    def grant_reference(self):
        while True:
            prefix = self.choice("grant-prefix", self.prefixes, self.prefix_weights)
            if prefix == "(none)":
                reference = "G%07d" % self.rng.randrange(10 ** 7)
            else:
                reference = "%s/%s%06d/%d" % (prefix, self.rng.choice("DFGHIJKLMN"), self.rng.randrange(10 ** 6), self.rng.randint(1, 2))
            if reference not in self.references:
                self.references.add(reference)
                return reference


def nest(leaves):
    """Leaves by path → nested XML; repeated leaves of a plural container repeat its item."""
    root = {"children": []}

    def child(node, name, new=False):
        if not new:
            for n, c in reversed(node["children"]):
                if n == name and isinstance(c, dict):
                    return c
        c = {"children": []}
        node["children"].append((name, c))
        return c

    previous = None
    for path, value in leaves:
        parts = path.split("/")
        node = root
        repeat_at = next((i for i in range(len(parts) - 1, 0, -1) if parts[i - 1] == parts[i] + "s"), None)
        for i, part in enumerate(parts[:-1]):
            node = child(node, part, new=(i == repeat_at and previous == path))
        node["children"].append((parts[-1], value))
        previous = path
    return root


def xml(node, out):
    for name, content in node["children"]:
        if isinstance(content, dict):
            out.append("<gtr:%s>" % name)
            xml(content, out)
            out.append("</gtr:%s>" % name)
        else:
            out.append("<gtr:%s>%s</gtr:%s>" % (name, escape(content), name))


def render(project_id, reference, own, parts):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<gtr:projectOverview xmlns:gtr="http://gtr.ukri.org/api"><gtr:projectComposition>']

    def elements(name, items):
        for leaves in items:
            attribute = ""
            kind = URL_ATTRIBUTES.get(name)
            if kind:
                ident = next((v for p, v in leaves if p == "id"), "")
                attribute = " url=%s" % quoteattr("http://gtr.ukri.org:80/%s/%s" % (kind, ident))
            out.append("<gtr:%s%s>" % (name, attribute))
            xml(nest(leaves), out)
            out.append("</gtr:%s>" % name)

    def container(path, name):
        items = parts[(path, name)]
        if not path:
            elements(name, items)
            return
        tag = path.split("/")[-1]
        out.append("<gtr:%s>" % tag)
        elements(name, items)
        out.append("</gtr:%s>" % tag)

    for path in ["collaborations", "", "organisationRoles", "personRoles"]:
        name = next(n for c, n in parts if c == path)
        container(path, name)
    out.append('<gtr:project url=%s>' % quoteattr("http://gtr.ukri.org:80/projects?ref=" + reference.replace("/", "%2F")))
    xml(nest(own), out)
    for path, name in parts:
        if path.startswith("project/") and not path.startswith("project/output"):
            container(path, name)
    out.append("<gtr:output>")
    for path, name in parts:
        if path.startswith("project/output/"):
            container(path, name)
    elements("keyFindingsOutput", parts[("project/output", "keyFindingsOutput")])
    out.append("</gtr:output></gtr:project></gtr:projectComposition></gtr:projectOverview>")
    return "".join(out)


def generate(profile, projects, seed, folder):
    os.makedirs(folder, exist_ok=True)
    generator = Generator(profile, seed)
    total = 0
    for n in range(projects):
        project_id, text = generator.project()
        if generator.rng.random() < profile["empty_files"]:
            text = ""
        with open(os.path.join(folder, project_id), "w", encoding="utf-8") as file:
            file.write(text)
        total += len(text)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", help="folder to write the project files into")
    parser.add_argument("--profile", default=PROFILE)
    parser.add_argument("--measure", metavar="SAMPLE_DIR", help="print the profile of a folder of real GtR XML files")
    arguments = parser.parse_args()
    if arguments.measure:
        json.dump(measure(arguments.measure), sys.stdout, indent=0, ensure_ascii=False)
        return
    if not arguments.out:
        parser.error("--out is required")
    with open(arguments.profile, encoding="utf-8") as file:
        profile = json.load(file)
    size = generate(profile, arguments.projects, arguments.seed, arguments.out)
    print("%d projects, %.1f MB in %s" % (arguments.projects, size / 1e6, arguments.out), file=sys.stderr)


if __name__ == "__main__":
    main()

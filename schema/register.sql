CREATE TABLE stakeholder_group (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
  label TEXT NOT NULL CHECK (label <> ''),
  position INTEGER NOT NULL DEFAULT 0,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  orcid TEXT UNIQUE CHECK (orcid GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9X]'),
  affiliation TEXT,
  stakeholder_group TEXT REFERENCES stakeholder_group(code) ON UPDATE CASCADE,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE INDEX person_name ON person(name);

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  sector TEXT,
  country TEXT,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE programme (
  id INTEGER PRIMARY KEY,
  grant_reference TEXT UNIQUE CHECK (grant_reference <> ''),
  title TEXT NOT NULL CHECK (title <> ''),
  funder TEXT,
  lead_organisation TEXT,
  department TEXT,
  start_date TEXT CHECK (start_date GLOB '[12][0-9][0-9][0-9]' OR (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(start_date, 6, 2) BETWEEN '01' AND '12') OR (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND substr(start_date, 6, 2) BETWEEN '01' AND '12')),
  end_date TEXT CHECK (end_date GLOB '[12][0-9][0-9][0-9]' OR (end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(end_date, 6, 2) BETWEEN '01' AND '12') OR (end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND substr(end_date, 6, 2) BETWEEN '01' AND '12')),
  abstract TEXT,
  planned_impact TEXT,
  url TEXT,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL, internal_reference TEXT CHECK (internal_reference = 'Yes' OR internal_reference = 'No'),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE programme_member (
  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role = 'Principal Investigator' OR role = 'Co-Investigator' OR role = 'Researcher' OR role = 'Fellow' OR role = 'Project Partner'),
  PRIMARY KEY (programme_id, person_id, role)
);

CREATE TABLE seminar (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
  number INTEGER CHECK (number >= 1),
  title TEXT NOT NULL CHECK (title <> ''),
  date TEXT CHECK (date GLOB '[12][0-9][0-9][0-9]' OR (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(date, 6, 2) BETWEEN '01' AND '12') OR (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND substr(date, 6, 2) BETWEEN '01' AND '12')),
  venue TEXT,
  city TEXT,
  theme TEXT,
  description TEXT,
  discussion_notes TEXT,
  recording_url TEXT,
  slides_url TEXT,
  blog_url TEXT,
  capacity_target INTEGER CHECK (capacity_target >= 0),
  waiting_list INTEGER CHECK (waiting_list >= 0),
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL, capacity_target_qualifier TEXT CHECK (capacity_target_qualifier = 'about' OR capacity_target_qualifier = 'over' OR capacity_target_qualifier = 'fewer than'), waiting_list_qualifier TEXT CHECK (waiting_list_qualifier = 'about' OR waiting_list_qualifier = 'over' OR waiting_list_qualifier = 'fewer than'), type TEXT NOT NULL DEFAULT 'seminar' REFERENCES event_type(code) ON UPDATE CASCADE, mode TEXT CHECK (mode = 'in person' OR mode = 'online' OR mode = 'hybrid'), start_time TEXT CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]' AND start_time < '24:00'), end_time TEXT CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time < '24:00'), series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
  UNIQUE (programme_id, number)
);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  seminar_id INTEGER REFERENCES seminar(id) ON DELETE CASCADE,
  "group" TEXT NOT NULL REFERENCES stakeholder_group(code) ON UPDATE CASCADE,
  count INTEGER NOT NULL CHECK (count >= 0),
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL, count_qualifier TEXT CHECK (count_qualifier = 'about' OR count_qualifier = 'over' OR count_qualifier = 'fewer than'), series_id INTEGER REFERENCES series(id) ON DELETE CASCADE CHECK ((series_id IS NULL) <> (seminar_id IS NULL)),
  UNIQUE (seminar_id, "group")
);

CREATE TABLE attendee (
  id INTEGER PRIMARY KEY,
  seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE,
  "group" TEXT NOT NULL REFERENCES stakeholder_group(code) ON UPDATE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  organisation TEXT,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE speaker (
  id INTEGER PRIMARY KEY,
  seminar_id INTEGER NOT NULL REFERENCES seminar(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
  role TEXT NOT NULL,
  talk_title TEXT,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (seminar_id, person_id, role)
);

CREATE TABLE measure (
  id INTEGER PRIMARY KEY,
  seminar_id INTEGER REFERENCES seminar(id) ON DELETE CASCADE,
  statement TEXT NOT NULL CHECK (statement <> ''),
  scale_min INTEGER NOT NULL,
  scale_max INTEGER NOT NULL,
  respondents INTEGER CHECK (respondents >= 0),
  mean_before REAL,
  mean_after REAL,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL, series_id INTEGER REFERENCES series(id) ON DELETE CASCADE CHECK ((series_id IS NULL) <> (seminar_id IS NULL)),
  CHECK (scale_max > scale_min),
  CHECK (mean_before IS NULL OR mean_before BETWEEN scale_min AND scale_max),
  CHECK (mean_after IS NULL OR mean_after BETWEEN scale_min AND scale_max)
);

CREATE TABLE testimonial (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
  quote TEXT NOT NULL CHECK (quote <> ''),
  given_by TEXT NOT NULL CHECK (given_by <> ''),
  role TEXT,
  organisation TEXT,
  date TEXT CHECK (date GLOB '[12][0-9][0-9][0-9]' OR (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(date, 6, 2) BETWEEN '01' AND '12') OR (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND substr(date, 6, 2) BETWEEN '01' AND '12')),
  source TEXT,
  seminar_id INTEGER REFERENCES seminar(id) ON DELETE SET NULL,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
, series_id INTEGER REFERENCES series(id) ON DELETE SET NULL);

CREATE TABLE outcome (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind = 'publication' OR kind = 'collaboration' OR kind = 'further-funding' OR kind = 'engagement' OR kind = 'key-finding' OR kind = 'narrative-impact' OR kind = 'research-material' OR kind = 'research-database' OR kind = 'software' OR kind = 'artistic-product' OR kind = 'policy-influence' OR kind = 'intellectual-property' OR kind = 'product' OR kind = 'spin-out' OR kind = 'award' OR kind = 'next-destination' OR kind = 'facility-use' OR kind = 'other-output'),
  placeholder INTEGER NOT NULL DEFAULT 0 CHECK (placeholder IN (0, 1)),
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE UNIQUE INDEX outcome_source ON outcome(kind, source_id) WHERE source_id IS NOT NULL;

CREATE TABLE outcome_programme (
  outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
  PRIMARY KEY (outcome_id, programme_id)
);

CREATE INDEX outcome_programme_by_programme ON outcome_programme(programme_id);

CREATE TABLE testimonial_outcome (
  testimonial_id INTEGER NOT NULL REFERENCES testimonial(id) ON DELETE CASCADE,
  outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
  PRIMARY KEY (testimonial_id, outcome_id)
);

CREATE TABLE publication (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  title_key TEXT NOT NULL DEFAULT '',
  type TEXT,
  authors TEXT,
  year INTEGER CHECK (year BETWEEN 1900 AND 2100),
  journal TEXT,
  volume TEXT,
  issue TEXT,
  pages TEXT,
  doi TEXT,
  pmid TEXT,
  isbn TEXT,
  issn TEXT,
  url TEXT
);

CREATE UNIQUE INDEX publication_doi ON publication(lower(doi)) WHERE doi IS NOT NULL;

CREATE TABLE collaboration (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (description <> ''),
  organisation TEXT,
  department TEXT,
  country TEXT,
  sector TEXT,
  pi_contribution TEXT,
  partner_contribution TEXT,
  impact TEXT,
  start_year INTEGER CHECK (start_year BETWEEN 1900 AND 2100),
  end_year INTEGER CHECK (end_year BETWEEN 1900 AND 2100),
  financial_contribution TEXT,
  url TEXT
);

CREATE TABLE further_funding (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (description <> ''),
  funding_type TEXT,
  amount_minor INTEGER CHECK (amount_minor >= 0),
  currency TEXT CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
  organisation TEXT,
  department TEXT,
  funding_id TEXT,
  sector TEXT,
  country TEXT,
  start TEXT CHECK (start GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(start, 6, 2) BETWEEN '01' AND '12'),
  end TEXT CHECK (end GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(end, 6, 2) BETWEEN '01' AND '12'),
  CHECK ((amount_minor IS NULL) = (currency IS NULL))
);

CREATE TABLE engagement (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  form TEXT NOT NULL,
  official_scheme TEXT,
  scheme_name TEXT,
  presentation_type TEXT,
  geographic_reach TEXT,
  primary_audience TEXT,
  other_audiences TEXT CHECK (other_audiences IS NULL OR (json_valid(other_audiences) AND json_type(other_audiences) = 'array')),
  audience_size TEXT,
  results TEXT,
  years TEXT CHECK (years IS NULL OR (json_valid(years) AND json_type(years) = 'array')),
  url TEXT,
  seminar_id INTEGER REFERENCES seminar(id) ON DELETE SET NULL
);

CREATE TABLE key_finding (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (description <> ''),
  exploitation_route TEXT,
  non_academic_uses TEXT,
  sectors TEXT CHECK (sectors IS NULL OR (json_valid(sectors) AND json_type(sectors) = 'array')),
  url TEXT
);

CREATE TABLE narrative_impact (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT,
  description TEXT NOT NULL CHECK (description <> ''),
  beneficiaries TEXT,
  contribution_method TEXT,
  first_year INTEGER CHECK (first_year BETWEEN 1900 AND 2100),
  sectors TEXT CHECK (sectors IS NULL OR (json_valid(sectors) AND json_type(sectors) = 'array')),
  impact_types TEXT CHECK (impact_types IS NULL OR (json_valid(impact_types) AND json_type(impact_types) = 'array'))
);

CREATE TABLE policy_influence (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (description <> ''),
  type TEXT,
  guideline_title TEXT,
  geographic_reach TEXT,
  country TEXT,
  first_year INTEGER CHECK (first_year BETWEEN 1900 AND 2100),
  impact_areas TEXT CHECK (impact_areas IS NULL OR (json_valid(impact_areas) AND json_type(impact_areas) = 'array')),
  impact_types TEXT CHECK (impact_types IS NULL OR (json_valid(impact_types) AND json_type(impact_types) = 'array')),
  methods TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE research_material (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  type TEXT,
  year_provided INTEGER CHECK (year_provided BETWEEN 1900 AND 2100),
  provided_to_others TEXT,
  software_developed TEXT,
  software_open_sourced TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE research_database (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  type TEXT,
  year_provided INTEGER CHECK (year_provided BETWEEN 1900 AND 2100),
  provided_to_others TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE software (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  type TEXT,
  year_provided INTEGER CHECK (year_provided BETWEEN 1900 AND 2100),
  availability TEXT,
  licence TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE artistic_product (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  type TEXT,
  year_provided INTEGER CHECK (year_provided BETWEEN 1900 AND 2100),
  impact TEXT,
  url TEXT
);

CREATE TABLE intellectual_property (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT CHECK (title <> ''),
  description TEXT,
  protection TEXT,
  patent_id TEXT,
  year_granted INTEGER CHECK (year_granted BETWEEN 1900 AND 2100),
  licensed TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE product (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  type TEXT,
  stage TEXT,
  status TEXT,
  clinical_trial TEXT,
  trial_id TEXT,
  year_completed INTEGER CHECK (year_completed BETWEEN 1900 AND 2100),
  impact TEXT,
  url TEXT
);

CREATE TABLE spin_out (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  company_name TEXT NOT NULL CHECK (company_name <> ''),
  description TEXT,
  year_established INTEGER CHECK (year_established BETWEEN 1900 AND 2100),
  registration_number TEXT,
  joint_venture TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE flag (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  field TEXT,
  value TEXT,
  problem TEXT NOT NULL CHECK (problem = 'placeholder' OR problem = 'unknown-value' OR problem = 'missing-value' OR problem = 'malformed-value' OR problem = 'unknown-currency'),
  UNIQUE (kind, record_id, field, problem)
);

CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete'),
  old_values TEXT CHECK (old_values IS NULL OR json_valid(old_values)),
  new_values TEXT CHECK (new_values IS NULL OR json_valid(new_values)),
  source TEXT
);

CREATE INDEX history_record ON history(kind, record_id);

CREATE TABLE register_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE INDEX stakeholder_group_source ON stakeholder_group(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX person_source ON person(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX organisation_source ON organisation(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX programme_source ON programme(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX seminar_source ON seminar(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX attendance_source ON attendance(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX attendee_source ON attendee(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX speaker_source ON speaker(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX measure_source ON measure(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX testimonial_source ON testimonial(source_id) WHERE source_id IS NOT NULL;

CREATE INDEX outcome_kind ON outcome(kind, placeholder);

CREATE TABLE outcome_count (
  kind TEXT PRIMARY KEY,
  count INTEGER NOT NULL CHECK (count >= 0)
);

CREATE TABLE funding_total (
  currency TEXT PRIMARY KEY,
  amount_minor INTEGER NOT NULL,
  records INTEGER NOT NULL CHECK (records >= 0)
);

CREATE TRIGGER funding_total_added AFTER INSERT ON further_funding
WHEN NEW.currency IS NOT NULL AND NEW.amount_minor IS NOT NULL
BEGIN
  INSERT INTO funding_total (currency, amount_minor, records) VALUES (NEW.currency, NEW.amount_minor, 1)
  ON CONFLICT (currency) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, records = records + 1;
END;

CREATE TRIGGER funding_total_removed AFTER DELETE ON further_funding
WHEN OLD.currency IS NOT NULL AND OLD.amount_minor IS NOT NULL
BEGIN
  UPDATE funding_total SET amount_minor = amount_minor - OLD.amount_minor, records = records - 1
  WHERE currency = OLD.currency;
END;

CREATE TRIGGER funding_total_changed_from AFTER UPDATE OF currency, amount_minor ON further_funding
WHEN OLD.currency IS NOT NULL AND OLD.amount_minor IS NOT NULL
BEGIN
  UPDATE funding_total SET amount_minor = amount_minor - OLD.amount_minor, records = records - 1
  WHERE currency = OLD.currency;
END;

CREATE TRIGGER funding_total_changed_to AFTER UPDATE OF currency, amount_minor ON further_funding
WHEN NEW.currency IS NOT NULL AND NEW.amount_minor IS NOT NULL
BEGIN
  INSERT INTO funding_total (currency, amount_minor, records) VALUES (NEW.currency, NEW.amount_minor, 1)
  ON CONFLICT (currency) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, records = records + 1;
END;

CREATE INDEX publication_title ON publication(year, substr(title_key, 1, 16));

CREATE TABLE history_erasure (
  reason TEXT NOT NULL CHECK (reason <> '')
);

CREATE TRIGGER history_cannot_change BEFORE UPDATE ON history
WHEN NOT EXISTS (SELECT 1 FROM history_erasure)
BEGIN SELECT RAISE(ABORT, 'history is append-only: it cannot be changed'); END;

CREATE TRIGGER history_cannot_be_deleted BEFORE DELETE ON history
WHEN NOT EXISTS (SELECT 1 FROM history_erasure)
BEGIN SELECT RAISE(ABORT, 'history is append-only: it cannot be deleted'); END;

CREATE TABLE backup_log (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL CHECK (path <> ''),
  at TEXT NOT NULL,
  actor TEXT NOT NULL
);

CREATE TABLE event_type (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
  label TEXT NOT NULL CHECK (label <> ''),
  plural TEXT NOT NULL CHECK (plural <> ''),
  position INTEGER CHECK (position >= 0),
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE series (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (title <> ''),
  date TEXT CHECK (date GLOB '[12][0-9][0-9][0-9]' OR (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(date, 6, 2) BETWEEN '01' AND '12') OR (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND substr(date, 6, 2) BETWEEN '01' AND '12')),
  description TEXT,
  discussion_notes TEXT,
  origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin = 'typed' OR origin = 'imported' OR origin = 'demo' OR origin = 'built-in'),
  source_file TEXT,
  source_id TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE INDEX series_source ON series(source_id) WHERE source_id IS NOT NULL;

CREATE UNIQUE INDEX attendance_series_group ON attendance(series_id, "group") WHERE series_id IS NOT NULL;

CREATE INDEX seminar_series ON seminar(series_id) WHERE series_id IS NOT NULL;

CREATE TABLE award (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  type TEXT,
  level TEXT,
  year INTEGER CHECK (year BETWEEN 1900 AND 2100),
  person_recognised TEXT,
  awarded_by TEXT,
  reason TEXT,
  impact TEXT,
  url TEXT
);

CREATE TABLE next_destination (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  person TEXT NOT NULL CHECK (person <> ''),
  fte REAL CHECK (fte > 0 AND fte <= 1),
  role_in_group TEXT,
  role_after TEXT,
  active_in_research TEXT,
  organisation TEXT,
  sector TEXT,
  country TEXT,
  year INTEGER CHECK (year BETWEEN 1900 AND 2100),
  skills TEXT
);

CREATE TABLE facility_use (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  facility TEXT,
  services TEXT,
  start_year INTEGER CHECK (start_year BETWEEN 1900 AND 2100),
  end_year INTEGER CHECK (end_year BETWEEN 1900 AND 2100),
  impact TEXT,
  url TEXT
);

CREATE TABLE other_output (
  outcome_id INTEGER PRIMARY KEY REFERENCES outcome(id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  progressed TEXT,
  progression TEXT,
  public_benefit TEXT,
  type TEXT
);

CREATE INDEX programme_reference_key ON programme(upper(replace(grant_reference, ' ', '')));

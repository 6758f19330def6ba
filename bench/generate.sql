-- Benchmark data set, generated inside PostgreSQL (generate_series, no round trips). Run by bench/run.sh after the
-- service has migrated the schema and loaded the real 1.0.0 content and resources. Variables (psql -v):
--   frameworks  number of generated frameworks   (default in run.sh: 50)
--   actions     extra actions per framework       (2000)
--   resources   generated resources               (100000)
-- Released versions are immutable (V3 triggers), so, as the content loader does, every version is inserted as a
-- draft, filled with its nodes, then published.
\set ON_ERROR_STOP on
SET search_path = e2e;

BEGIN;
CREATE TEMP TABLE src_version AS
SELECT v.id FROM framework_version v JOIN framework f ON f.id = v.framework_id
WHERE f.slug = 'e2e-relationships' AND v.version = '1.0.0';

INSERT INTO framework (id, slug, title, short_title, summary, language)
SELECT gen_random_uuid(), format('bench-%s', lpad(i::text, 2, '0')), format('Benchmark framework %s', i), 'Bench',
       'A generated copy of the E2E framework with many recommended actions.', 'en'
FROM generate_series(1, :frameworks) i;

INSERT INTO framework_version (id, framework_id, version, major, minor, patch, status, release_notes, published_at)
SELECT gen_random_uuid(), f.id, '1.0.0', 1, 0, 0, 'draft', 'Generated for the benchmark.', NULL
FROM framework f WHERE f.slug LIKE 'bench-%';

-- Every node of the real 1.0.0 version, copied into each generated version (node ids are per version).
INSERT INTO node (version_id, node_id, parent_id, type, slug, position, title, subtitle, summary, metaphor,
                  description, body, attribution, context, number, citations)
SELECT v.id, n.node_id, n.parent_id, n.type, n.slug, n.position, n.title, n.subtitle, n.summary, n.metaphor,
       n.description, n.body, n.attribution, n.context, n.number, n.citations
FROM framework_version v JOIN framework f ON f.id = v.framework_id AND f.slug LIKE 'bench-%'
CROSS JOIN node n WHERE n.version_id = (SELECT id FROM src_version);

-- The extra actions, spread over the categories, after the real ones.
WITH cats AS (
    SELECT node_id, row_number() OVER (ORDER BY position, slug) - 1 AS k, count(*) OVER () AS n
    FROM node WHERE version_id = (SELECT id FROM src_version) AND type = 'category'
)
INSERT INTO node (version_id, node_id, parent_id, type, slug, position, body)
SELECT v.id, gen_random_uuid(), c.node_id, 'action', format('generated-action-%s', i), 1000 + i,
       -- Varied texts from a vocabulary without the words of the benchmark's search, so that a search matches the
       -- real actions of each framework, as it would in a library of distinct frameworks, not 2,000 clones.
       format('Generated action %s: plan %s and %s around %s with the %s team.', i,
              (ARRAY['mentoring', 'coaching', 'planning', 'reflection', 'feedback', 'observation', 'onboarding',
                     'scheduling', 'assessment', 'curriculum'])[1 + i % 10],
              (ARRAY['literacy', 'numeracy', 'attendance', 'belonging', 'advising', 'tutoring', 'outreach'])[1 + i % 7],
              (ARRAY['workload', 'recognition', 'celebration', 'induction', 'retention', 'boundaries'])[1 + i % 6],
              (ARRAY['grade', 'department', 'program', 'leadership', 'support'])[1 + i % 5])
FROM framework_version v JOIN framework f ON f.id = v.framework_id AND f.slug LIKE 'bench-%'
CROSS JOIN generate_series(1, :actions) i
JOIN cats c ON c.k = i % c.n;

UPDATE framework_version v SET status = 'published', published_at = now()
FROM framework f WHERE f.id = v.framework_id AND f.slug LIKE 'bench-%';
COMMIT;

-- Resources: shaped like the real ones (type, audiences, sections, rubric), but only 1 in 100 keeps a real text;
-- the others get titles, summaries and text from a vocabulary, so that a search matches a realistic share of
-- the library (about 1%) rather than every copy.
BEGIN;
CREATE TEMP TABLE src_resource AS SELECT row_number() OVER (ORDER BY slug) - 1 AS k, * FROM resource;
CREATE TEMP TABLE vocab AS SELECT ARRAY['mentoring', 'coaching', 'planning', 'reflection', 'feedback', 'observation',
    'collaboration', 'wellbeing', 'onboarding', 'leadership', 'equity', 'inclusion', 'scheduling', 'assessment',
    'curriculum', 'literacy', 'numeracy', 'attendance', 'belonging', 'advising', 'tutoring', 'outreach', 'retention',
    'induction', 'workload', 'recognition', 'celebration', 'conflict', 'listening', 'boundaries'] AS w;
INSERT INTO resource (id, slug, title, summary, type, audiences, tags, node_ids, author, author_bio, publisher,
                      collection, date_text, reading_minutes, sections, rubric, search_text, status, published_at)
SELECT gen_random_uuid(), format('%s-copy-%s', r.slug, i),
       CASE WHEN i % 100 = 0 THEN format('%s (%s)', r.title, i)
            ELSE format('%s and %s for %s teams, part %s', initcap(v.w[1 + i % 30]), v.w[1 + (i / 30) % 30],
                        v.w[1 + (i / 900) % 30], i) END,
       CASE WHEN i % 100 = 0 THEN r.summary
            ELSE format('A practical guide to %s, %s and %s among colleagues in schools and youth programs.',
                        v.w[1 + (i * 7) % 30], v.w[1 + (i * 11) % 30], v.w[1 + (i * 13) % 30]) END,
       r.type, r.audiences, r.tags || ARRAY[format('batch-%s', i % 100)], r.node_ids, r.author,
       r.author_bio, r.publisher, r.collection, r.date_text, r.reading_minutes, r.sections, r.rubric,
       CASE WHEN i % 100 = 0 THEN r.search_text
            ELSE format('%s %s %s %s bench%s', v.w[1 + (i * 17) % 30], v.w[1 + (i * 19) % 30], v.w[1 + (i * 23) % 30],
                        v.w[1 + (i * 29) % 30], i % 1000) END,
       'published', now()
FROM generate_series(1, :resources) i
CROSS JOIN vocab v
JOIN src_resource r ON r.k = i % (SELECT count(*) FROM src_resource);
COMMIT;
VACUUM ANALYZE;

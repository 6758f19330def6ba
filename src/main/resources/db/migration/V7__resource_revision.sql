-- A published resource's revision: 1 when first published, one more at every later publish. Results computed from
-- a resource (rubric self-assessments) name the revision they were computed from, so a client can tell whether a
-- saved result still matches the text it reads.
ALTER TABLE resource ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);

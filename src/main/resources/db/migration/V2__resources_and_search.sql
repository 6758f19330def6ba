-- Resources (playbooks, rubrics, articles) and full-text search over resources and framework nodes.

-- HTML-escapes text before ts_headline wraps matches in <mark>, so a snippet is safe to insert as HTML.
CREATE FUNCTION e2e_html_escape(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;');

CREATE TABLE resource (
    id                uuid        PRIMARY KEY,
    slug              text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title             text        NOT NULL,
    summary           text        NOT NULL,
    type              text        NOT NULL CHECK (type IN ('tool-playbook', 'rubric', 'article')),
    -- Audiences, tags and the framework nodes a resource supports are short ordered lists, read with the
    -- resource and filtered with GIN indexes: arrays, not join tables.
    audiences         text[]      NOT NULL CHECK (cardinality(audiences) > 0 AND audiences <@ ARRAY['teachers',
                                      'school-youth-program-staff', 'school-youth-organization-leaders',
                                      'district-leaders']),
    tags              text[]      NOT NULL DEFAULT '{}',
    node_ids          uuid[]      NOT NULL DEFAULT '{}',
    author            text,
    author_bio        text,
    publisher         text,
    collection        text,
    date_text         text,
    reading_minutes   integer     NOT NULL CHECK (reading_minutes > 0),
    sections          jsonb       NOT NULL,
    rubric            jsonb,
    search_text       text        NOT NULL,
    status            text        NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    search            tsvector    GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', title), 'A')
                          || setweight(to_tsvector('english', summary), 'B')
                          || setweight(to_tsvector('english', search_text), 'C')) STORED,
    CHECK (type <> 'rubric' OR rubric IS NOT NULL)
);

CREATE INDEX resource_search ON resource USING gin (search);
CREATE INDEX resource_audiences ON resource USING gin (audiences);
CREATE INDEX resource_tags ON resource USING gin (tags);
CREATE INDEX resource_node_ids ON resource USING gin (node_ids);
CREATE INDEX resource_title ON resource (title, slug);

-- Framework nodes are searched by title (weight A) and by their text (weight B).
ALTER TABLE node ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(subtitle, '') || ' ' || coalesce(description, '') || ' '
                                        || coalesce(body, '')), 'B')) STORED;
CREATE INDEX node_search ON node USING gin (search);

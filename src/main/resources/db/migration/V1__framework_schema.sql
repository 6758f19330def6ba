-- Frameworks, their versions and the content tree of each version.
-- Every content item of a version (layer, element, category, action, quote, narrative, principle, outcome,
-- reference and the three section nodes) is one row of `node`. A node keeps its `node_id` across versions, so
-- (version_id, node_id) is unique while node_id alone is not.

CREATE TABLE framework (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text        NOT NULL,
    short_title text,
    summary     text        NOT NULL,
    language    text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE framework_version (
    id             uuid        PRIMARY KEY,
    framework_id   uuid        NOT NULL REFERENCES framework (id),
    version        text        NOT NULL CHECK (version ~ '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'),
    major          integer     NOT NULL,
    minor          integer     NOT NULL,
    patch          integer     NOT NULL,
    status         text        NOT NULL CHECK (status IN ('draft', 'published', 'deprecated')),
    release_notes  text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    deprecated_at  timestamptz,
    UNIQUE (framework_id, version),
    CHECK (status = 'draft' OR published_at IS NOT NULL)
);

CREATE TABLE node (
    row_id       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id   uuid        NOT NULL REFERENCES framework_version (id) ON DELETE CASCADE,
    node_id      uuid        NOT NULL,
    parent_id    uuid,
    type         text        NOT NULL CHECK (type IN ('layer', 'element', 'category', 'action', 'quote', 'narrative',
                                                      'principles', 'principle', 'outcomes', 'outcome',
                                                      'references', 'reference')),
    slug         text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position     integer     NOT NULL CHECK (position >= 1),
    title        text,
    subtitle     text,
    summary      text,
    metaphor     text,
    description  text,
    body         text,
    attribution  text,
    context      text,
    number       integer,
    citations    integer[]   NOT NULL DEFAULT '{}',
    UNIQUE (version_id, node_id),
    UNIQUE NULLS NOT DISTINCT (version_id, parent_id, type, slug)
);

-- Layers and elements are addressed by slug alone (/layers/{layer}, /elements/{element}), so their slugs are
-- unique within a version whatever their parent.
CREATE UNIQUE INDEX node_layer_element_slug ON node (version_id, type, slug) WHERE type IN ('layer', 'element');
CREATE INDEX node_version_parent ON node (version_id, parent_id, position);

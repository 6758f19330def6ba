-- Library pages and search read a narrow projection of the published resources, not the resource rows.
--
-- Measured on the benchmark data set (100,000 resources, docs/performance.md): a resource row is ~5 KB with its
-- JSON sections, rubric and search text, and its table with TOAST is 680 MB, so a page query that walked the title
-- index and fetched rows to filter them, a page 400 deep (a sequential scan and an on-disk sort, 400 ms), and the
-- ranking of 1,000 search hits (129 ms: each hit's tsvector fetched from that TOAST) all read far more than they
-- return. resource_card holds only what a list shows and what lists filter, sort and rank on; a trigger keeps it equal
-- to the published resources, in the same transaction as every write.
CREATE TABLE resource_card (
    id              uuid    PRIMARY KEY REFERENCES resource (id) ON DELETE CASCADE,
    slug            text    NOT NULL,
    title           text    NOT NULL,
    summary         text    NOT NULL,
    type            text    NOT NULL,
    audiences       text[]  NOT NULL,
    tags            text[]  NOT NULL,
    node_ids        uuid[]  NOT NULL,
    author          text,
    publisher       text,
    date_text       text,
    reading_minutes integer NOT NULL,
    search          tsvector NOT NULL
);
-- Ranking reads every hit's tsvector: stored out of line but uncompressed, so reading it costs no decompression,
-- while the rows that list pages read stay narrow.
ALTER TABLE resource_card ALTER COLUMN search SET STORAGE EXTERNAL;

-- Pages in each order are chosen by index-only scans: the filters are applied to the included columns and the
-- skipped entries of a deep page are never fetched from the table.
CREATE INDEX resource_card_title ON resource_card (title, slug) INCLUDE (id, type, audiences, tags, node_ids);
CREATE INDEX resource_card_type_title ON resource_card (type, title, slug) INCLUDE (id, audiences, tags, node_ids);
CREATE INDEX resource_card_reading ON resource_card (reading_minutes, title, slug) INCLUDE (id, type, audiences, tags, node_ids);
CREATE INDEX resource_card_search ON resource_card USING gin (search);
CREATE INDEX resource_card_audiences ON resource_card USING gin (audiences);
CREATE INDEX resource_card_tags ON resource_card USING gin (tags);
CREATE INDEX resource_card_node_ids ON resource_card USING gin (node_ids);

CREATE FUNCTION e2e_resource_card() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'published' THEN
        INSERT INTO resource_card (id, slug, title, summary, type, audiences, tags, node_ids, author, publisher,
                                   date_text, reading_minutes, search)
        VALUES (NEW.id, NEW.slug, NEW.title, NEW.summary, NEW.type, NEW.audiences, NEW.tags, NEW.node_ids, NEW.author,
                NEW.publisher, NEW.date_text, NEW.reading_minutes, NEW.search)
        ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary,
            type = EXCLUDED.type, audiences = EXCLUDED.audiences, tags = EXCLUDED.tags, node_ids = EXCLUDED.node_ids,
            author = EXCLUDED.author, publisher = EXCLUDED.publisher, date_text = EXCLUDED.date_text,
            reading_minutes = EXCLUDED.reading_minutes, search = EXCLUDED.search;
    ELSE
        DELETE FROM resource_card WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

-- Only the published columns: saving a pending draft of a published resource leaves its card alone.
CREATE TRIGGER resource_card AFTER INSERT OR UPDATE OF slug, title, summary, type, audiences, tags, node_ids, author,
    publisher, date_text, reading_minutes, search_text, status ON resource
    FOR EACH ROW EXECUTE FUNCTION e2e_resource_card();

INSERT INTO resource_card (id, slug, title, summary, type, audiences, tags, node_ids, author, publisher, date_text,
                           reading_minutes, search)
SELECT id, slug, title, summary, type, audiences, tags, node_ids, author, publisher, date_text, reading_minutes, search
FROM resource WHERE status = 'published';

-- Superseded by the card's indexes: nothing filters, sorts or searches the resource rows any more.
DROP INDEX resource_listing;
DROP INDEX resource_title;
DROP INDEX resource_search;
DROP INDEX resource_audiences;
DROP INDEX resource_tags;
DROP INDEX resource_node_ids;

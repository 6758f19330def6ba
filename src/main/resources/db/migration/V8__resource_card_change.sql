-- The search index (org.e2e.discovery) is derived from the published content and kept as files: it must learn
-- cheaply whether it still matches PostgreSQL and, after a publish, which resources changed. Every write of a card
-- takes the next number of one sequence, so "count and highest number of the cards" changes with every insert,
-- update and delete of a published resource (its content generation), and the cards changed since an index was
-- written are those numbered above what it holds.
CREATE SEQUENCE resource_card_change_number;
ALTER TABLE resource_card ADD COLUMN change bigint NOT NULL DEFAULT nextval('resource_card_change_number');
CREATE INDEX resource_card_change ON resource_card (change) INCLUDE (id);

CREATE OR REPLACE FUNCTION e2e_resource_card() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'published' THEN
        INSERT INTO resource_card (id, slug, title, summary, type, audiences, tags, node_ids, author, publisher,
                                   date_text, reading_minutes, search)
        VALUES (NEW.id, NEW.slug, NEW.title, NEW.summary, NEW.type, NEW.audiences, NEW.tags, NEW.node_ids, NEW.author,
                NEW.publisher, NEW.date_text, NEW.reading_minutes, NEW.search)
        ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary,
            type = EXCLUDED.type, audiences = EXCLUDED.audiences, tags = EXCLUDED.tags, node_ids = EXCLUDED.node_ids,
            author = EXCLUDED.author, publisher = EXCLUDED.publisher, date_text = EXCLUDED.date_text,
            reading_minutes = EXCLUDED.reading_minutes, search = EXCLUDED.search, change = EXCLUDED.change;
    ELSE
        DELETE FROM resource_card WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

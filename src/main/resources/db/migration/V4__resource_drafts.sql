-- Resources get their own draft/published life cycle: a resource that was never published is a draft (invisible
-- to anonymous readers); edits of a published resource go to its pending draft, which publishing applies, so
-- readers keep seeing the published text until then.
ALTER TABLE resource
    ADD COLUMN draft            jsonb,
    ADD COLUMN draft_updated_at timestamptz,
    ADD COLUMN draft_updated_by text,
    ADD COLUMN published_at     timestamptz;
UPDATE resource SET published_at = created_at WHERE status = 'published';
ALTER TABLE resource ADD CONSTRAINT resource_published_at CHECK (status <> 'published' OR published_at IS NOT NULL);
ALTER TABLE resource ADD CONSTRAINT resource_draft_has_document CHECK (status <> 'draft' OR draft IS NOT NULL);

-- Resource writes are audited too; they belong to no framework.
ALTER TABLE audit_event
    ALTER COLUMN framework DROP NOT NULL,
    ADD COLUMN resource text,
    ADD CONSTRAINT audit_event_subject CHECK (framework IS NOT NULL OR resource IS NOT NULL);
CREATE INDEX audit_event_resource_time ON audit_event (resource, occurred_at) WHERE resource IS NOT NULL;

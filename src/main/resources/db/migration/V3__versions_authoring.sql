-- Authoring and publishing of framework versions: drafts, immutability of released versions (enforced here, not
-- only in Java), the audit log, and the webhook outbox with its delivery log.

ALTER TABLE framework_version
    ADD COLUMN sunset_at  timestamptz,
    ADD COLUMN based_on   text,
    ADD COLUMN created_by text,
    ADD CONSTRAINT framework_version_deprecated_at CHECK (status <> 'deprecated' OR deprecated_at IS NOT NULL);

-- A released (published or deprecated) version is immutable. Its node rows can be neither inserted, updated nor
-- deleted; its version row may only go from published to deprecated, changing nothing but the status and the
-- deprecation fields.
CREATE FUNCTION e2e_node_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_status text;
    new_status text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT status INTO old_status FROM framework_version WHERE id = OLD.version_id;
        -- A row whose version is gone is being removed by the cascade of a draft's deletion.
        IF old_status IS NOT NULL AND old_status <> 'draft' THEN
            RAISE EXCEPTION 'version % is %: its nodes are immutable', OLD.version_id, old_status
                USING ERRCODE = 'E2E01';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT status INTO new_status FROM framework_version WHERE id = NEW.version_id;
        IF new_status IS DISTINCT FROM 'draft' THEN
            RAISE EXCEPTION 'version % is %: its nodes are immutable', NEW.version_id, new_status
                USING ERRCODE = 'E2E01';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER node_immutable_when_released
    BEFORE INSERT OR UPDATE OR DELETE ON node
    FOR EACH ROW EXECUTE FUNCTION e2e_node_guard();

CREATE FUNCTION e2e_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'version % is %: it cannot be deleted', OLD.version, OLD.status USING ERRCODE = 'E2E01';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'draft' THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'published' AND NEW.status = 'deprecated'
            AND NEW.id = OLD.id AND NEW.framework_id = OLD.framework_id AND NEW.version = OLD.version
            AND NEW.major = OLD.major AND NEW.minor = OLD.minor AND NEW.patch = OLD.patch
            AND NEW.release_notes IS NOT DISTINCT FROM OLD.release_notes
            AND NEW.created_at = OLD.created_at AND NEW.published_at = OLD.published_at
            AND NEW.based_on IS NOT DISTINCT FROM OLD.based_on
            AND NEW.created_by IS NOT DISTINCT FROM OLD.created_by THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'version % is %: only published to deprecated is allowed', OLD.version, OLD.status
        USING ERRCODE = 'E2E01';
END;
$$;

CREATE TRIGGER framework_version_immutable_when_released
    BEFORE UPDATE OR DELETE ON framework_version
    FOR EACH ROW EXECUTE FUNCTION e2e_version_guard();

-- Who changed what, when, with the state before and after (JSON documents).
CREATE TABLE audit_event (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    framework    text        NOT NULL,
    version      text,
    node_id      uuid,
    before_state text,
    after_state  text
);
CREATE INDEX audit_event_framework_time ON audit_event (framework, occurred_at);

CREATE TABLE webhook_subscription (
    id          uuid        PRIMARY KEY,
    url         text        NOT NULL CHECK (url ~ '^https?://'),
    secret      text        NOT NULL,
    framework   text,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL
);

-- Events to deliver, one row per subscriber. Written in the transaction that publishes or deprecates, so an event
-- exists exactly when the change does, and it survives restarts. Instances share it with FOR UPDATE SKIP LOCKED.
CREATE TABLE webhook_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_error      text
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE webhook_delivery (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id   bigint      NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
    attempt     integer     NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    status_code integer,
    error       text,
    duration_ms bigint      NOT NULL
);
CREATE INDEX webhook_delivery_outbox ON webhook_delivery (outbox_id, attempt);

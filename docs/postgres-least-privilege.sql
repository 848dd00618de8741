-- Least privilege for antq on PostgreSQL (docs/deployment.md, "Least privilege").
-- Replace {schema}, {app}, {eraser}, {app_password} and {eraser_password}, then run as the
-- OWNER of the schema, after the owner has opened the store and its status view once
-- (`antq follow --once` with the owner's URL creates both sets of tables).
-- tests/store/test_least_privilege.py runs this very file.

-- 1. Recorded rows are never changed: whoever is not the owner cannot update, delete or
--    truncate the events and the chain (a trigger, which only the owner can drop or disable).
CREATE OR REPLACE FUNCTION {schema}.antq_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'antq: % on %.% refused: recorded rows are never changed',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER antq_events_immutable BEFORE UPDATE OR DELETE ON {schema}.antq_events
    FOR EACH ROW EXECUTE FUNCTION {schema}.antq_refuse_change();
CREATE TRIGGER antq_events_no_truncate BEFORE TRUNCATE ON {schema}.antq_events
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.antq_refuse_change();
CREATE TRIGGER antq_chain_immutable BEFORE UPDATE OR DELETE ON {schema}.antq_chain
    FOR EACH ROW EXECUTE FUNCTION {schema}.antq_refuse_change();
CREATE TRIGGER antq_chain_no_truncate BEFORE TRUNCATE ON {schema}.antq_chain
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.antq_refuse_change();

-- 2. A key row changes once, by erasure only: key, lookup and person nulled, erased_at set.
CREATE OR REPLACE FUNCTION {schema}.antq_keys_erase_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.key IS NOT NULL AND NEW.key IS NULL AND NEW.lookup IS NULL
       AND NEW.person IS NULL AND NEW.erased_at IS NOT NULL AND NEW.key_id = OLD.key_id
       AND NEW.scope = OLD.scope AND NEW.created_at = OLD.created_at THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'antq: % on %.% refused: a key is only ever erased',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER antq_keys_erase_only BEFORE UPDATE OR DELETE ON {schema}.antq_person_keys
    FOR EACH ROW EXECUTE FUNCTION {schema}.antq_keys_erase_only();
CREATE TRIGGER antq_keys_no_truncate BEFORE TRUNCATE ON {schema}.antq_person_keys
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.antq_refuse_change();

-- 3. The application account: reads, appends, seals. No DDL (open the store with
--    CREATE_TABLE=no), no TRUNCATE, no UPDATE or DELETE of keys. UPDATE on the events and the
--    chain is granted only because PostgreSQL requires it for the EXCLUSIVE/SHARE table locks
--    that order appends and seals; the triggers of step 1 refuse every UPDATE and DELETE.
CREATE ROLE {app} LOGIN PASSWORD '{app_password}';
GRANT USAGE ON SCHEMA {schema} TO {app};
GRANT SELECT, INSERT, UPDATE ON {schema}.antq_events, {schema}.antq_chain TO {app};
GRANT SELECT, INSERT, UPDATE ON {schema}.antq_chain_head, {schema}.antq_meta TO {app};
GRANT SELECT, INSERT ON {schema}.antq_person_keys TO {app};
GRANT USAGE ON SEQUENCE {schema}.antq_events_notification_id_seq TO {app};
-- The status view `antq follow` keeps and the report projection saved beside it: derived from
-- the log and rebuilt from it, so written in place (rows upserted); never deleted or truncated.
GRANT SELECT, INSERT, UPDATE ON {schema}.antq_status_view, {schema}.antq_status_applied,
    {schema}.antq_report_state, {schema}.antq_status_tracking TO {app};

-- 4. The erasure account (the data-protection officer's): the application's rights, plus
--    nulling keys (the trigger of step 2 allows nothing else).
CREATE ROLE {eraser} LOGIN PASSWORD '{eraser_password}';
GRANT {app} TO {eraser};
GRANT UPDATE (key, lookup, person, erased_at) ON {schema}.antq_person_keys TO {eraser};

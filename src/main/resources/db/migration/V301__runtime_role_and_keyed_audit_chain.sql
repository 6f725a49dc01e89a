-- Issue 11: the application no longer runs as the schema's owner or a superuser. Migrations run as the owner
-- (jixiao_owner); the running application as ${app_role} (its datasource user), which may read and write the
-- records, only append to the audit trail, and cannot alter or switch off the audit table's triggers.
grant usage on schema public to "${app_role}";
grant select, insert, update, delete on all tables in schema public to "${app_role}";
grant usage, select, update on all sequences in schema public to "${app_role}";
-- Tables and sequences later migrations create get the same rights.
alter default privileges in schema public grant select, insert, update, delete on tables to "${app_role}";
alter default privileges in schema public grant usage, select, update on sequences to "${app_role}";

revoke update, delete, truncate on audit_event from "${app_role}";
revoke insert, delete, truncate on audit_chain_head from "${app_role}";
revoke insert, update, delete, truncate on flyway_schema_history from "${app_role}";

-- The chain is now keyed (HMAC-SHA-256 with a key kept outside the database) and consecutive: each event's id
-- is the previous one's plus one, handed out under the head's row lock, so a missing id means a deleted event.
-- legacy_max_id: events up to this id were written before ids were consecutive (gaps there are rollbacks).
alter table audit_chain_head add column last_id bigint not null default 0;
alter table audit_chain_head add column legacy_max_id bigint not null default 0;
update audit_chain_head set last_id = coalesce((select max(id) from audit_event), 0),
                            legacy_max_id = coalesce((select max(id) from audit_event), 0);
-- The existing events are re-signed with the key by the Java migration V301_1 (after checking their old chain).

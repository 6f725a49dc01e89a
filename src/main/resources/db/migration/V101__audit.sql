-- Append-only audit trail (issue 5). Each row's hash is SHA-256 over its fields and the previous
-- row's hash, computed by com.jixiao.audit.AuditTrail; the database refuses UPDATE, DELETE and
-- TRUNCATE so that a changed or removed row can only come from someone bypassing these triggers,
-- which the chain verification then detects.

create table audit_event (
    id             bigint       primary key,
    occurred_at    timestamptz  not null,
    username       varchar(50),
    action         varchar(50)  not null,
    entity_type    varchar(50),
    entity_id      varchar(100),
    -- The department the record belongs to, for auditors whose scope is not "all".
    department_id  bigint,
    -- Kept as text so the exact serialized bytes the hash covers are what is stored.
    before_json    text,
    after_json     text,
    client_address varchar(100),
    prev_hash      char(64)     not null,
    hash           char(64)     not null unique
);
create sequence audit_event_id_seq owned by audit_event.id;
create index audit_event_occurred_idx on audit_event (occurred_at);
create index audit_event_username_idx on audit_event (username);
create index audit_event_action_idx on audit_event (action);

-- One row: the hash of the newest event. Writers lock it (select ... for update), so events are
-- appended one at a time and the chain stays linear across application instances.
create table audit_chain_head (
    id        integer  primary key check (id = 1),
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_hash) values (1, repeat('0', 64));

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_update before update on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_delete before delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

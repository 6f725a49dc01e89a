-- 附1 files read for preview and waiting for the user's confirmation (issue 15): the parsed sheets as JSON, owned by
-- the user who uploaded them, for the department they will be saved into, deleted on confirmation or when expired.
-- Kept in the database rather than in the session or a local file, so that any instance can confirm.
create table import_upload (
    id             uuid primary key,
    owner_username varchar(100) not null,
    department_id  bigint       not null references department (id),
    file_name      varchar(300) not null,
    parsed         text         not null,
    created_at     timestamptz  not null default now(),
    expires_at     timestamptz  not null
);

create index import_upload_expires on import_upload (expires_at);

-- Issue 19.1–19.4: the review conversation, the department-year deadline and in-app notifications.

-- A head's remark on one 三级 row when returning a sheet. The row's name is kept as it was, so the remark still reads
-- after the officer renames or deletes the row (the link to the row is then cleared).
create table sheet_review_remark (
    id             bigserial primary key,
    review_id      bigint       not null references sheet_review (id) on delete cascade,
    indicator_id   bigint       references indicator (id) on delete set null,
    indicator_name varchar(500) not null,
    remark         text         not null
);
create index sheet_review_remark_review_idx on sheet_review_remark (review_id);
create index sheet_review_remark_indicator_idx on sheet_review_remark (indicator_id);

-- The date by which a department's sheets of a fiscal year are due, set by its head.
create table submission_deadline (
    department_id bigint      not null references department (id),
    fiscal_year   integer     not null,
    due_date      date        not null,
    set_by        varchar(50) not null,
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    primary key (department_id, fiscal_year)
);

-- In-app notifications. dedup_key makes a notification that several application nodes may decide to send at the same
-- time (the deadline reminder) arrive once: every node inserts with ON CONFLICT DO NOTHING.
create table notification (
    id           bigserial primary key,
    recipient_id bigint       not null references app_user (id) on delete cascade,
    kind         varchar(20)  not null check (kind in ('SUBMIT', 'RETURN', 'APPROVE', 'REOPEN', 'DEADLINE')),
    sheet_id     bigint       references score_sheet (id) on delete cascade,
    title        varchar(300) not null,
    body         text,
    link         varchar(300) not null,
    dedup_key    varchar(200) not null,
    created_at   timestamptz  not null default now(),
    read_at      timestamptz,
    unique (recipient_id, dedup_key)
);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
create index notification_recipient_idx on notification (recipient_id, created_at desc);

-- V301's default privileges cover only tables created by the role that ran V301: granted here explicitly.
grant select, insert, update, delete on sheet_review_remark, submission_deadline, notification to "${app_role}";
grant usage, select, update on sequence sheet_review_remark_id_seq, notification_id_seq to "${app_role}";

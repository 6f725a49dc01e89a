-- Users, roles and department scope (issue 5). Passwords are BCrypt hashes, never plain text.

create table app_user (
    id               bigserial primary key,
    username         varchar(50)  not null,
    password_hash    varchar(100) not null,
    display_name     varchar(100) not null,
    role             varchar(20)  not null check (role in ('OFFICER', 'HEAD', 'AUDITOR', 'ADMIN')),
    -- The one department of an officer (填报人) or head (部门负责人).
    department_id    bigint references department (id),
    -- An auditor sees every department, or those listed in app_user_department.
    all_departments  boolean      not null default false,
    enabled          boolean      not null default true,
    -- Demo accounts (password jixiao-demo) are refused unless the app runs in demo mode.
    demo_account     boolean      not null default false,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    check ((role in ('OFFICER', 'HEAD')) = (department_id is not null))
);
create unique index app_user_username_uq on app_user (lower(username));

-- The chosen departments of an auditor whose scope is not "all".
create table app_user_department (
    user_id       bigint not null references app_user (id) on delete cascade,
    department_id bigint not null references department (id),
    primary key (user_id, department_id)
);

-- Review history of a sheet: who moved it from which status to which, when, and why.
create table sheet_review (
    id           bigserial primary key,
    sheet_id     bigint       not null references score_sheet (id) on delete cascade,
    action       varchar(20)  not null check (action in ('SUBMIT', 'APPROVE', 'RETURN', 'REOPEN')),
    from_status  varchar(20)  not null,
    to_status    varchar(20)  not null,
    comment      text,
    username     varchar(50)  not null,
    display_name varchar(100) not null,
    occurred_at  timestamptz  not null default now()
);
create index sheet_review_sheet_idx on sheet_review (sheet_id, occurred_at);

-- Jixiao core schema. Money in 万元: NUMERIC(18,6); scores and weights: NUMERIC(7,2).

create table department (
    id          bigserial primary key,
    name        varchar(200) not null unique,
    short_name  varchar(100),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now()
);

-- 科室 / 大队 / 中心 inside a department; projects name a supervising and an implementing office.
create table office (
    id            bigserial primary key,
    department_id bigint       not null references department (id),
    name          varchar(200) not null,
    version       bigint       not null default 0,
    unique (department_id, name)
);

create table project (
    id                     bigserial primary key,
    department_id          bigint       not null references department (id),
    fiscal_year            integer      not null check (fiscal_year between 2000 and 2100),
    seq                    integer      not null,
    code                   varchar(64),
    name                   varchar(300) not null,
    -- The 汇总表 row as printed in an imported report; null for projects created in Jixiao.
    summary_name           varchar(300),
    using_office_name      varchar(200),
    published_funds        numeric(18, 6),
    published_score        numeric(7, 2),
    published_grade        varchar(20),
    supervising_office_id  bigint references office (id),
    implementing_office_id bigint references office (id),
    contact                varchar(200),
    version                bigint       not null default 0,
    unique (department_id, fiscal_year, seq)
);
create index project_department_year_idx on project (department_id, fiscal_year);
create unique index project_code_year_uq on project (code, fiscal_year) where code is not null;

create table score_sheet (
    id                   bigserial primary key,
    project_id           bigint      not null unique references project (id),
    title                varchar(300),
    year_label           varchar(50),
    template_code        varchar(50) not null default 'default',
    profile_code         varchar(50) not null default 'national',
    status               varchar(20) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    funds_weight         numeric(7, 2),
    funds_entered_score  numeric(7, 2),
    funds_printed_rate   varchar(50),
    funds_deviation_note text,
    expected_goal        text,
    actual_result        text,
    -- 总分 row as entered/printed: 分值 and 得分.
    entered_total_weight numeric(7, 2),
    entered_total        numeric(7, 2),
    transcription_notes  text,
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

-- Rows of the funds block: 年度资金总额 and its three parts.
create table funds_line (
    id             bigserial primary key,
    sheet_id       bigint      not null references score_sheet (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('TOTAL', 'APPROPRIATION', 'CARRY_OVER', 'OTHER')),
    initial_budget numeric(18, 6),
    annual_budget  numeric(18, 6),
    executed       numeric(18, 6),
    printed_rate   varchar(50),
    unique (sheet_id, kind)
);

-- The 一级/二级/三级 indicator tree of a sheet, one row per node. Level-3 rows carry the
-- target (年度指标值), actual (实际完成值), entered score and deviation note.
create table indicator (
    id                 bigserial primary key,
    sheet_id           bigint       not null references score_sheet (id) on delete cascade,
    parent_id          bigint references indicator (id) on delete cascade,
    level              integer      not null check (level between 1 and 3),
    position           integer      not null,
    name               varchar(500),
    weight             numeric(7, 2),
    note               varchar(200),
    target_text        varchar(500),
    actual_text        varchar(500),
    entered_score      numeric(7, 2),
    deviation_note     text,
    qualitative_answer varchar(20),
    check ((level = 1) = (parent_id is null))
);
create index indicator_sheet_idx on indicator (sheet_id);

-- Narrative self-evaluation reports (一、…四、): one per department-year, one per project.
create table narrative_report (
    id                     bigserial primary key,
    department_id          bigint       not null references department (id),
    fiscal_year            integer      not null,
    project_id             bigint references project (id),
    title                  varchar(300) not null,
    preamble               text,
    closing                text,
    summary_title          varchar(300),
    seal_line              varchar(300),
    unit_line              varchar(50),
    printed_average_score  numeric(7, 2)
);
create unique index narrative_report_department_uq on narrative_report (department_id, fiscal_year) where project_id is null;
create unique index narrative_report_project_uq on narrative_report (project_id) where project_id is not null;

create table narrative_section (
    id        bigserial primary key,
    report_id bigint       not null references narrative_report (id) on delete cascade,
    position  integer      not null,
    heading   varchar(300) not null,
    body      text         not null
);

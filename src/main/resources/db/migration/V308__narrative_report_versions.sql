-- The department's 自评报告 is written in Jixiao (issue 14.4): every save is a new version (who, when, the whole
-- text), an optimistic lock keeps two people from overwriting each other, and the head marks it 已提交.
-- narrative_section keeps the current text (what pages and prints show); narrative_version holds the history.
alter table narrative_report
    add column lock_version    bigint  not null default 0,
    add column current_version integer not null default 0,
    add column submitted_at    timestamptz,
    add column submitted_by    varchar(100);

create table narrative_version (
    id        bigserial primary key,
    report_id bigint       not null references narrative_report (id) on delete cascade,
    number    integer      not null,
    saved_by  varchar(100) not null,
    saved_at  timestamptz  not null,
    title     varchar(300) not null,
    preamble  text,
    closing   text,
    constraint narrative_version_number_uq unique (report_id, number)
);

create table narrative_version_section (
    id         bigserial primary key,
    version_id bigint       not null references narrative_version (id) on delete cascade,
    position   integer      not null,
    heading    varchar(300) not null,
    body       text         not null
);
create index narrative_version_section_version_idx on narrative_version_section (version_id);

-- A department report already in the database (the seed's imported text) stays readable as version 1.
insert into narrative_version (report_id, number, saved_by, saved_at, title, preamble, closing)
select id, 1, '导入', now(), title, preamble, closing from narrative_report where project_id is null;

insert into narrative_version_section (version_id, position, heading, body)
select v.id, s.position, s.heading, s.body
from narrative_section s join narrative_version v on v.report_id = s.report_id;

update narrative_report set current_version = 1 where project_id is null;

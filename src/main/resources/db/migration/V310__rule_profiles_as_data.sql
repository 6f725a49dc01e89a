-- Rules as data (issue 16): rule profiles and weight templates in the database, each edit a new version. A version
-- is never changed once written — a sheet names the profile version it is scored with, so a changed rule cannot
-- rescore a submitted or approved sheet behind its back. The application may only add versions (UPDATE/DELETE
-- revoked, and refused by triggers for the owner too).

create table rule_profile (
    id                        bigserial    primary key,
    code                      varchar(50)  not null check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    version                   integer      not null check (version >= 1),
    name                      varchar(100) not null,
    reverse_formula           varchar(30)  not null check (reverse_formula in ('LINEAR_TO_DOUBLE', 'RATIO')),
    achieved_cutoff           numeric(5, 4) not null,
    partial_cutoff            numeric(5, 4) not null,
    overshoot_threshold       numeric(6, 4) not null,
    overshoot_needs_note      boolean      not null,
    execution_rate_threshold  numeric(5, 4) not null,
    qualitative_note_required boolean      not null,
    funds_scale               smallint     not null check (funds_scale between 0 and 2),
    row_scale                 smallint     not null check (row_scale between 0 and 2),
    excellent_min             numeric(7, 2) not null,
    good_min                  numeric(7, 2) not null,
    fair_min                  numeric(7, 2) not null,
    -- the four grade names, best first, separated by '/': 优/良/中/差
    grade_names               varchar(100) not null,
    source                    text         not null,
    created_at                timestamptz  not null default now(),
    created_by                varchar(100) not null,
    unique (code, version)
);

create table weight_template (
    id           bigserial    primary key,
    code         varchar(50)  not null check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    version      integer      not null check (version >= 1),
    name         varchar(100) not null,
    funds_weight numeric(7, 2) not null,
    created_at   timestamptz  not null default now(),
    created_by   varchar(100) not null,
    unique (code, version)
);

-- The 一级指标 of a template version in order, with their weights and 二级指标 names (one per line).
create table weight_template_category (
    template_id bigint       not null references weight_template (id),
    position    integer      not null,
    name        varchar(100) not null,
    weight      numeric(7, 2) not null,
    level2      text         not null,
    primary key (template_id, position)
);

-- Which profile a new sheet takes: a department and year, a department in any year, any department in a year; else
-- the national profile. Always its newest version at the time the sheet is created.
create table rule_profile_default (
    id            bigserial   primary key,
    department_id bigint      references department (id),
    fiscal_year   integer     check (fiscal_year between 2000 and 2100),
    profile_code  varchar(50) not null,
    unique nulls not distinct (department_id, fiscal_year)
);

create function rule_version_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% versions are immutable: % refused (an edit adds a version)', tg_table_name, tg_op;
end;
$$;

create trigger rule_profile_immutable before update or delete on rule_profile
    for each row execute function rule_version_refuse_change();
create trigger weight_template_immutable before update or delete on weight_template
    for each row execute function rule_version_refuse_change();
create trigger weight_template_category_immutable before update or delete on weight_template_category
    for each row execute function rule_version_refuse_change();

revoke update, delete, truncate on rule_profile, weight_template, weight_template_category from "${app_role}";

-- The shipped profiles: exactly com.jixiao.scoring.RuleProfiles (RuleCatalogTest compares them).
insert into rule_profile (code, version, name, reverse_formula, achieved_cutoff, partial_cutoff, overshoot_threshold,
                          overshoot_needs_note, execution_rate_threshold, qualitative_note_required, funds_scale,
                          row_scale, excellent_min, good_min, fair_min, grade_names, source, created_by)
values ('national', 1, '全国默认（财预〔2020〕10号）', 'LINEAR_TO_DOUBLE', 0.8, 0.6, 1.3, true, 0.90, false, 2, 2,
        90, 80, 60, '优/良/中/差',
        '有据：财预〔2020〕10号《项目支出绩效评价管理办法》；省级预算管理一体化平台绩效模块的计分规则；'
            || '河北、安徽、四川公开的自评表。反向指标按线性扣分至 2 倍指标值得 0 分；定性指标 80%/60% 分档；'
            || '超过指标值 130% 或执行率低于 90% 须说明偏差原因；等级 优 ≥90、良 ≥80、中 ≥60、差 <60。', '系统'),
       ('hebei', 1, '河北（等级 优秀/良好/中/差）', 'LINEAR_TO_DOUBLE', 0.8, 0.6, 1.3, true, 0.90, false, 2, 2,
        90, 80, 60, '优秀/良好/中/差',
        '有据：等级名称“优秀/良好”取自承德市公安局高新技术产业开发区分局 2021 年度自评报告（河北）的汇总表。'
            || '假设：其余设置未见河北专门文件，沿用全国默认，待河北财政文件核实。', '系统'),
       ('guangxi', 1, '广西（超 130% 须说明，定性指标逐项说明）', 'LINEAR_TO_DOUBLE', 0.8, 0.6, 1.3, true, 0.90, true,
        2, 2, 90, 80, 60, '优/良/中/差',
        '依据本项目需求记录（议题 16）所述广西做法：实际值超过指标值 130% 须说明偏差原因，每个定性指标均须填写说明。'
            || '假设：尚未核对广西财政厅原文；其余设置沿用全国默认。', '系统'),
       ('sichuan', 1, '四川（执行率低于 90% 须说明）', 'LINEAR_TO_DOUBLE', 0.8, 0.6, 1.3, true, 0.90, false, 2, 2,
        90, 80, 60, '优/良/中/差',
        '依据本项目需求记录（议题 16）所述四川做法及四川公开的自评表：预算执行率低于 90% 须说明偏差原因。'
            || '假设：尚未核对四川省财政厅原文；其余设置沿用全国默认。', '系统'),
       ('local-ratio', 1, '地方变体（反向指标按比例计分，定性 80/50）', 'RATIO', 0.8, 0.5, 1.3, true, 0.90, false, 2, 2,
        90, 80, 60, '优秀/良好/中/差',
        '假设：本项目设计文档第 5 节记载的地方变体（反向指标按 分值×指标值/实际值 计分且不超过分值，定性部分达成档下限 50%），'
            || '未注明地区，供选用和测试。', '系统');

-- The shipped templates: exactly com.jixiao.scoring.WeightTemplates.
insert into weight_template (code, version, name, funds_weight, created_by)
values ('default', 1, '默认 10/50/30/10', 10, '系统'),
       ('county-20-80', 1, '县级旧版 资金20 + 指标80', 20, '系统'),
       ('with-cost', 1, '新版 成本指标为一级指标', 10, '系统'),
       ('no-satisfaction', 1, '资金10 + 产出60/效益30（无满意度）', 10, '系统');

insert into weight_template_category (template_id, position, name, weight, level2)
select t.id, c.position, c.name, c.weight, c.level2
from weight_template t
join (values
    ('default', 1, '产出指标', 50, E'数量指标\n质量指标\n时效指标\n成本指标'),
    ('default', 2, '效益指标', 30, E'经济效益指标\n社会效益指标\n生态效益指标\n可持续影响指标'),
    ('default', 3, '满意度指标', 10, '服务对象满意度指标'),
    ('county-20-80', 1, '产出指标', 40, E'数量指标\n质量指标\n时效指标\n成本指标'),
    ('county-20-80', 2, '效益指标', 30, E'经济效益指标\n社会效益指标\n生态效益指标\n可持续影响指标'),
    ('county-20-80', 3, '满意度指标', 10, '服务对象满意度指标'),
    ('with-cost', 1, '产出指标', 40, E'数量指标\n质量指标\n时效指标'),
    ('with-cost', 2, '成本指标', 10, E'经济成本指标\n社会成本指标\n生态环境成本指标'),
    ('with-cost', 3, '效益指标', 30, E'经济效益指标\n社会效益指标\n生态效益指标\n可持续影响指标'),
    ('with-cost', 4, '满意度指标', 10, '服务对象满意度指标'),
    ('no-satisfaction', 1, '产出指标', 60, E'数量指标\n质量指标\n时效指标\n成本指标'),
    ('no-satisfaction', 2, '效益指标', 30, E'经济效益指标\n社会效益指标\n生态效益指标\n可持续影响指标')
) as c (code, position, name, weight, level2) on c.code = t.code and t.version = 1;

-- Each sheet names the version it is scored with. Sheets so far were scored with the built-in profiles, which are
-- version 1 of the rows above; a code that never existed was scored as national, and now says so.
alter table score_sheet add column profile_version integer not null default 1;
update score_sheet set profile_code = 'national'
where profile_code not in ('national', 'hebei', 'guangxi', 'sichuan', 'local-ratio');
alter table score_sheet add constraint score_sheet_profile_version
    foreign key (profile_code, profile_version) references rule_profile (code, version);

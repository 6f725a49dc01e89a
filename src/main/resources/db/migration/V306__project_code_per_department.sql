-- 项目编码 is unique within a department and fiscal year, no longer across departments: a check across departments
-- told an officer which codes (and, in its message, which projects) other departments have, and a code mistyped in
-- one department blocked another department's correct entry. Every lookup by code (copying last year's sheet) is
-- within one department, so this is the uniqueness those lookups need. Existing rows satisfy it already: the old
-- index was stricter.
drop index if exists project_code_year_uq;
create unique index if not exists project_code_department_year_uq on project (department_id, code, fiscal_year)
    where code is not null;

-- Why an officer replaced the score the rules compute for a quantitative row (自评表 editor). Null where the
-- computed score stands; a qualitative row's hand score needs no reason, its band bounds it.
alter table indicator add column score_override_reason text;

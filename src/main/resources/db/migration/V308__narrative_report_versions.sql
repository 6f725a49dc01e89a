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

-- The demo sheets' 录入说明 (how the seed was transcribed) were English; users read Chinese (issue 14.5). A sheet
-- whose note is still the seed's English text gets the same note in Chinese; a note anyone changed is left alone.
update score_sheet set transcription_notes =
    '表题印作“刑事侦查、勘查设备项目支出绩效自评表”，而项目实为反诈专案经费预算项目，按原样保留。表头“实施单”“全年执”两格印刷不全；实施单位取数值格“刑警大队”。全表各列错位，按标准类别顺序归行。效益和满意度各行把较长的文字作为三级指标名称、下一列作为年度指标值（如经济效益：名称“尽力保障人民群众财产不受到损害”，指标值“宣传覆盖率”，实际完成值“完成辖区内宣传覆盖”）。满意度行：名称“服务对象满意度达标”，指标值“群众满意度”，实际完成值“多普及电诈相关知识，避免人”（原文即不完整）。这段文字按位置属于实际完成值列（在分值、得分之前），按含义更像偏差原因分析及改进措施，仍按实际完成值录入。跨行的单元格去掉空格后连接（“案发情况 呈下降趋势”“项目控制在预算 内”“完成辖区 内宣传覆 盖”“…违法犯 罪…”“降低案发率提升 人民群众安全保 障”“辖区电诈 类案件小 于总发案 率 50%”）；“率 50%”中的空格在同一印刷行内，予以保留。可持续影响指标分值 10、得分印作 100，按原样保留（含资金得分合计 190，而印刷总分为 100）。汇总表得分 100。报告：标题下一行“2021 年”作为前言第一行保留。'
where transcription_notes = 'Table title is printed as ''刑事侦查、勘查设备项目支出绩效自评表'' although the project is 反诈专案经费预算项目 — kept as printed. Header cells ''实施单'' and ''全年执'' are truncated in print; implementingOffice is the value cell 刑警大队. Columns are shifted throughout; rows assigned by the standard category order. In the 效益 and 满意度 rows the long text is taken as the 三级 name and the next column as the target (e.g. 经济效益: name ''尽力保障人民群众财产不受到损害'', target ''宣传覆盖率'', actual ''完成辖区内宣传覆盖''). 满意度 row: name ''服务对象满意度达标'', target ''群众满意度'', actual ''多普及电诈相关知识，避免人'' (truncated as printed). Positionally this text is the 实际完成值 column (it precedes weight/score); semantically it reads like an improvement measure (偏差原因分析及改进措施), but it was kept as actual. Wrapped cells joined without spaces (''案发情况 呈下降趋势'', ''项目控制在预算 内'', ''完成辖区 内宣传覆 盖'', ''…违法犯 罪…'', ''降低案发率提升 人民群众安全保 障'', ''辖区电诈 类案件小 于总发案 率 50%''); the space in ''率 50%'' is on one printed line and is kept. 可持续影响指标 prints score 100 on weight 10 — kept (Σ scores incl. funds = 190 vs printed 总分 100). 汇总表 score 100. Report: the line ''2021 年'' printed under the report title is kept as the first line of the preamble.';

update score_sheet set transcription_notes =
    '存疑：“设备投入使用率 ≥100% 100% 10 10”印在数量指标行与“质量指标 / 指标 2:”行之间。录入在质量指标下，因为此模板的数量指标只有一行，而质量指标印有“指标 2:”和一个空行却没有“指标 1”行（与警务站表的“警务站投入使用情况”版式相同）；另一种读法是数量指标的第二行（两种读法分值、得分不变）。模板占位行（“指标 2:”）略去。社会效益三级指标文字印刷不全（“…维护辖区内社”），保留。生态效益的指标值印作“降低案发率 提升人民群众安全保障”，视为跨行单元格，去掉空格连接。满意度：以“及时勘验检查现场，开展现场勘查工作，令群众满意”为三级指标名称，其后空列为年度指标值（空），“无违法违纪现象，群众对公安工作满意”为实际完成值。印刷总分的分值 90、得分 97.5 按原样保留（含资金分值合计 100）。资金：年初/全年预算 100，当年财政拨款 82.73；执行率印作“83%”，得分 8.5，按原样保留。偏差原因一栏表头印作“偏差原因”（不完整）。'
where transcription_notes = 'AMBIGUOUS: ''设备投入使用率 ≥100% 100% 10 10'' is printed on the line between the 数量指标 row and the ''质量指标 / 指标 2:'' line. It is recorded under 质量指标 because in this template 数量指标 has a single row while 质量指标 prints ''指标 2:'' and a blank row but no 指标 1 row (same layout as the 警务站 sheet''s 警务站投入使用情况); reading it as a second 数量指标 row is the alternative (weights/scores unchanged either way). Template filler rows (''指标 2:'') skipped. 社会效益 三级 text is truncated in print (''…维护辖区内社'') — kept. 生态效益 target printed ''降低案发率 提升人民群众安全保障'' treated as a wrapped cell and joined without the space. 满意度: ''及时勘验检查现场，开展现场勘查工作，令群众满意'' taken as the 三级 name, the following empty column as target (null), ''无违法违纪现象，群众对公安工作满意'' as actual. Printed 总分 weight 90 and score 97.5 kept (Σ weights incl. funds = 100). Funds: 初始/全年预算 100 but APPROPRIATION 82.73; rate ''83%'', 得分 8.5 — kept. The deviation header is printed truncated as ''偏差原因''.';

update score_sheet set transcription_notes =
    '模板占位行（“指标 2:”“.....”）略去。数量指标唯一一行为“服务对象满意度 ≥80% 70% 10 7”，按印刷位置保留在数量指标下。生态效益指标印作“不涉及”，录为说明。当年财政拨款行的执行率格为空，录为空。报告：第一部分前的一个空行（只有空格）删去；第三部分跨页连接（“实”+“际完成值”）；第四部分唯一一行在“无法及时拨付。”之后接着印有“附：绩效自评主要依据清单资料”，拆出作为报告结尾。报告所写预算 79 万、差额 28.09 万（79−58.762315=20.237685）按原样保留。'
where transcription_notes = 'Template filler rows (''指标 2:'', ''.....'') skipped. 数量指标''s only row is ''服务对象满意度 ≥80% 70% 10 7'' — kept under 数量指标 as printed. 生态效益指标 prints ''不涉及'' → note. APPROPRIATION rate cell is blank → null. Report: section 一 is preceded by a blank (space-only) line which was dropped; section 三 is joined across a page break (''实'' + ''际完成值''); section 四''s single printed line ends with ''附：绩效自评主要依据清单资料'' run on after ''无法及时拨付。'' — split off as the report closing. Report says 预算 79 万 and a 28.09 万 gap (79−58.762315=20.237685) — kept as printed.';

update score_sheet set transcription_notes =
    '模板占位行（“指标 2:”“.....”）略去。生态效益指标印作“不涉及”，录为说明。当年财政拨款行的执行率格为空，录为空。自评表满意度指标值为 ≥80%，报告正文写 85%，按原样保留。报告第三部分跨页连接（“得”+“分 10 分”）。'
where transcription_notes = 'Template filler rows (''指标 2:'', ''.....'') skipped. 生态效益指标 prints ''不涉及'' → note. APPROPRIATION rate cell blank → null. Sheet satisfaction target is ≥80% while the report text says 85% — kept as printed. Report section 三 joined across a page break (''得'' + ''分 10 分'').';

update score_sheet set transcription_notes =
    '资金栏在文本提取中整体右移一列（标签在第 3 列），按相对标签的位置读取。“警务站投入使用情况 100% 100% 30 30”印在“质量指标 / 指标 2:”行和一个空行之后、“时效指标”之前，录入在质量指标下。时效指标（只有“指标 2:”）、成本指标、经济效益指标、生态效益指标、可持续影响指标（只有“指标 1:”/“指标 2:”模板标签）没有指标。社会效益三级指标文字跨行（“…发 生违法犯罪时…”），去掉空格连接。'
where transcription_notes = 'Funds block is shifted one column right in the extraction (label in column 3) — read by position relative to the label. ''警务站投入使用情况 100% 100% 30 30'' is printed after the ''质量指标 / 指标 2:'' line and a blank line, before ''时效指标'' → recorded under 质量指标. 时效指标 (only ''指标 2:''), 成本指标, 经济效益指标, 生态效益指标, 可持续影响指标 (only ''指标 1:''/''指标 2:'' template labels) have no indicators. 社会效益 三级 text wrapped (''…发 生违法犯罪时…'') joined without space.';

update score_sheet set transcription_notes =
    '模板注释“注：实际完成值要与年度指标值对应，不能直接填写完成。”和“指标 2:”行略去。伤亡率行最后一列印有“降低全局民警、辅警伤亡率”，录为该行的偏差原因分析。满意度三级指标名称印作“服务对象满意度指标”（与类别同名），保留。未带 % 的指标值（“≥98”）和“≥98%场”均按原样保留。目标值表头印作“年度 指标”（不是“指标值”）。报告第二部分最后一段跨页连接（“着力打”+“高新公安品牌。”）。'
where transcription_notes = 'Template note ''注：实际完成值要与年度指标值对应，不能直接填写完成。'' and ''指标 2:'' rows skipped. The text ''降低全局民警、辅警伤亡率'' printed in the last column of the 伤亡率 row is recorded as its deviationNote. The 满意度 三级 name is printed as ''服务对象满意度指标'' (same as the category name) — kept. Targets printed without % (''≥98'') kept as printed; ''≥98%场'' kept. The 目标值 header prints ''年度 指标'' (not 指标值). Report section 二''s last paragraph is joined across a page break (''着力打'' + ''高新公安品牌。'').';

update score_sheet set transcription_notes =
    '本表未印时效指标，列为无指标。成本指标和可持续影响指标印有标签但无行。“提高效率 ≥60% 100% 10 10”印在“生态效益 指标”一行（其后为空的“可持续影响指标”行），因此录入在生态效益指标下；唯一的另一种读法是可持续影响指标。资金得分印作“10”（无“分”字）。自评表项目名称按印刷为“取保候审控系统”（表题为取保候审系统）。'
where transcription_notes = '时效指标 is not printed in this table; listed with no indicators. 成本指标 and 可持续影响指标 are printed with no rows. The row ''提高效率 ≥60% 100% 10 10'' is printed on the ''生态效益 指标'' line (followed by an empty ''可持续影响指标'' line), so it is recorded under 生态效益指标; reading it as 可持续影响指标 would be the only alternative. Funds 得分 printed ''10'' (no 分). Sheet projectName is ''取保候审控系统'' as printed (title says 取保候审系统).';

update score_sheet set transcription_notes =
    '实际的指标名称与模板标签印在一起，按原样保留（“指标 1: …”）；印刷不全的名称（“资金的使用效”“项目持续发挥”“公安民警使用”）保留。空的“指标 1:”/“指标 2:”行略去；生态效益指标没有指标。跨行单元格去掉空格连接：“2021年12 月底”→“2021年12月底”，“2021年 6月底”→“2021年6月底”，“提高安全生产 管理水平”，“缓解核查 任务压力”，“缓解核 查任务 压力”。行内空格保留（“小于等于 5%”“指标 1: ”）。预期目标中的跨行“正 常”已连接。资金栏在文本提取中右移一列；当年财政拨款行在执行率列印有“99.81”，录为印刷执行率“99.81”。三级指标分值合计 100（加资金 10 分为 110），而印刷总分为 100，按原样保留。报告标题印作“…绩效自评 工作报告”，视为跨行标题连接；“2021”两侧的空格保留。'
where transcription_notes = 'Real indicator names are printed with the template label and kept verbatim (''指标 1: …''); truncated names (''资金的使用效'', ''项目持续发挥'', ''公安民警使用'') kept. Empty ''指标 1:''/''指标 2:'' rows skipped; 生态效益指标 has no indicators. Wrapped cells joined without spaces: ''2021年12 月底'' → ''2021年12月底'', ''2021年 6月底'' → ''2021年6月底'', ''提高安全生产 管理水平'', ''缓解核查 任务压力'', ''缓解核 查任务 压力''. In-line spaces kept (''小于等于 5%'', ''指标 1: ''). expectedGoal wrap ''正 常'' joined. Funds block shifted one column right in the extraction; the APPROPRIATION line prints ''99.81'' in the rate column → printedRate ''99.81''. Σ indicator weights = 100 (+10 funds = 110) while printed 总分 is 100 — kept. Report title printed ''…绩效自评 工作报告'' treated as a wrapped title line and joined; the spaces around ''2021'' are kept.';

update score_sheet set transcription_notes =
    '实际的指标名称与模板标签“指标 1：”（全角冒号）印在一起，按原样保留，印刷不全的名称保留。空的“指标 1：”/“指标 2：”行略去：经济效益指标、社会效益指标、生态效益指标没有指标。行内空格保留（“2021 年 12 月底”“小于 10 万”“6.9 万”“1 年”）。资金：年度资金总额 10/10/6.9，执行率“69%”，得分 10；当年财政拨款 6.9/6.9/6.9，印刷执行率“100%”。三级指标分值合计 100（加资金 10 分为 110），而印刷总分为 100，按原样保留。报告标题印作“…绩效自评 工作报告”，视为跨行标题连接。'
where transcription_notes = 'Real indicator names printed with the template label ''指标 1：'' (full-width colon) are kept verbatim, truncated names kept. Empty ''指标 1：''/''指标 2：'' rows skipped: 经济效益指标, 社会效益指标, 生态效益指标 have no indicators. In-line spaces kept (''2021 年 12 月底'', ''小于 10 万'', ''6.9 万'', ''1 年''). Funds: TOTAL 10/10/6.9 with rate ''69%'' and 得分 10; APPROPRIATION 6.9/6.9/6.9 with printed rate ''100%'' → printedRate ''100%''. Σ indicator weights = 100 (+10 funds = 110) while printed 总分 is 100 — kept. Report title printed ''…绩效自评 工作报告'' treated as a wrapped title line and joined.';

update score_sheet set transcription_notes =
    '指标栏各列整体右移，按标准类别顺序归行。满意度行右移两列，文本提取在表格最后一列处截断：只印出“群众满意度 ≥85% 100% 10”一个数字。录为分值 10、得分 10：唯一印出的“10”作为分值，得分 10 有项目报告（“服务对象满意度：…得分 10 分”）和印刷总分 100 为据；得分格本身在提取文本中不可见。生态效益指标印作“不涉及”，录为说明。报告第三部分跨页连接（“年度指标值98%，”+“实际完成值 100%…”）。'
where transcription_notes = 'Columns are shifted right throughout the indicator block; rows were assigned by the standard category order. The 满意度 row is shifted two columns right and the extraction cut it at the table''s last column: it prints ''群众满意度 ≥85% 100% 10'' with only one number. Recorded weight 10 and score 10: the single printed ''10'' is taken as the weight, and the score 10 is supported by the project report (''服务对象满意度：…得分 10 分'') and the printed 总分 100; the score cell itself is not visible in the extraction. 生态效益指标 prints ''不涉及'' → note. Report section 三 is joined across a page break (''年度指标值98%，'' + ''实际完成值 100%…'').';

update score_sheet set transcription_notes =
    '数量指标行在三级指标列印作“47”，按原样作为指标名称；其指标值“≥98 %场”按原样保留。模板注释“注：实际完成值要与年度指标值对应…”和“指标 2:”行略去。一级指标标签印作“产出指标 50 分”“效益指标 30 分”，分值录为 50、30。总分行（原文最后一行）印分值 100、得分 99。报告标题印作“…经费绩效 自评工作报告”，视为跨行标题连接。报告第一部分提到 2022 年以及法院、审判等字样，按原样保留；跨页处已连接（“未出”+“现违规”，“育人”+“统一起来”）。'
where transcription_notes = 'The 数量指标 row prints ''47'' in the 三级 column — kept as the indicator name; its target ''≥98 %场'' kept as printed. Template note ''注：实际完成值要与年度指标值对应…'' and ''指标 2:'' rows skipped. Level-1 labels print ''产出指标 50 分'' / ''效益指标 30 分'' → weights 50/30. The 总分 row (the last line of the source) prints 分值 100 and 得分 99. Report title printed ''…经费绩效 自评工作报告'' treated as a wrapped title line and joined. Report mentions 2022 年 in section 一 and 法院/审判 wording — kept as printed; page breaks joined (''未出'' + ''现违规'', ''育人'' + ''统一起来'').';

update score_sheet set transcription_notes =
    '本表完全未印时效指标（产出指标依次为数量指标 → 质量指标 → 成本指标），列为无指标。成本指标、经济效益指标、生态效益指标和可持续影响指标印有标签但无行。文本提取使效益类标签错位：“成本指标”与“经济效益指标”同在一行，“社会效益指标”连同其指标行（办案效率提高率 ≥10% 100% 30 30）位于三级指标列，“效益指标 30分”印在生态效益指标一行；按标准类别顺序归行。资金得分印作“2分”，录为 2；当年财政拨款行在执行率列印作“—”，录为空。报告第三部分：文本提取中的公式写法已按印刷还原为“≥10%”。报告前言写得分 100 分，而第三部分和自评表均为 92 分，按原样保留。'
where transcription_notes = '时效指标 is not printed at all in this table (the 产出 block goes 数量指标 → 质量指标 → 成本指标); it is listed with no indicators. 成本指标, 经济效益指标, 生态效益指标 and 可持续影响指标 are printed with no rows. The extraction shifts the 效益 labels: ''成本指标'' and ''经济效益指标'' share a line, ''社会效益指标'' sits in the 三级 column with its row (办案效率提高率 ≥10% 100% 30 30) and ''效益指标 30分'' is printed on the 生态效益指标 line; rows were assigned by the standard category order. Funds 得分 printed ''2分'' → enteredScore 2; APPROPRIATION line prints ''—'' in the rate column → printedRate null. Report section 三: the PDF extraction''s LaTeX ''$\geq 10\%$'' is rendered as the printed ''≥10%''. Report preamble says 得分 100 分 while section 三 and the sheet say 92 — kept as printed.';

// Dashboard charts (ECharts from the webjar). The page names its JSON endpoint in data-source and renders
// the same numbers as tables on the server; this file only draws. No inline script or style: the CSP
// forbids both, so tooltips render inside the canvas (renderMode richText) instead of as styled HTML.
(function () {
    'use strict';
    const root = document.querySelector('[data-dashboard]');
    if (!root) {
        return;
    }
    const base = (root.dataset.base || '/').replace(/\/$/, '');
    const COLORS = ['#8b1a1a', '#d97706', '#2563eb', '#059669', '#7c3aed', '#6b7280'];
    const GRADE_COLORS = ['#059669', '#2563eb', '#d97706', '#b91c1c'];
    const charts = [];

    function link(url) {
        return url ? base + url : null;
    }

    function chart(id, option, height) {
        const element = document.getElementById(id);
        if (!element) {
            return null;
        }
        if (height) {
            element.style.height = height + 'px';
        }
        const instance = echarts.init(element, null, { renderer: 'canvas' });
        instance.setOption(Object.assign({
            animation: false,
            textStyle: { fontFamily: 'WenQuanYi Zen Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif' },
            tooltip: { renderMode: 'richText', confine: true }
        }, option));
        // A click on a point or bar that names a page opens it (drill-down).
        instance.on('click', (params) => {
            const target = params.data && params.data.url;
            if (target) {
                window.location.href = link(target);
            }
        });
        charts.push(instance);
        return instance;
    }

    function statusBars(id, progress) {
        chart(id, {
            grid: { left: 110, right: 70, top: 10, bottom: 30 },
            xAxis: { type: 'value', minInterval: 1, name: '项目数' },
            yAxis: { type: 'category', inverse: true, data: progress.statuses.map((s) => s.label) },
            series: [{ type: 'bar', name: '项目数', label: { show: true, position: 'right' },
                data: progress.statuses.map((s, i) => ({ value: s.count, itemStyle: { color: COLORS[i % COLORS.length] } })) }]
        });
    }

    function gradeBars(id, grades) {
        chart(id, {
            grid: { left: 50, right: 30, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: grades.map((g) => g.grade) },
            yAxis: { type: 'value', minInterval: 1, name: '项目数' },
            series: [{ type: 'bar', name: '项目数', label: { show: true, position: 'top' },
                data: grades.map((g, i) => ({ value: g.count, itemStyle: { color: GRADE_COLORS[i % GRADE_COLORS.length] } })) }]
        });
    }

    function department(data) {
        statusBars('chart-progress', data.progress);
        gradeBars('chart-grades', data.current.grades);
        chart('chart-scatter', {
            grid: { left: 60, right: 40, top: 30, bottom: 50 },
            xAxis: { type: 'value', name: '执行率（%）', nameLocation: 'middle', nameGap: 30, scale: true },
            yAxis: { type: 'value', name: '按规则得分', scale: true },
            tooltip: { renderMode: 'richText', confine: true, trigger: 'item',
                formatter: (p) => p.data.name + '\n执行率 ' + p.data.value[0] + '%，得分 ' + p.data.value[1] + '（' + p.data.grade + '）' },
            series: [{ type: 'scatter', name: '项目', symbolSize: 14,
                data: data.points.map((p) => ({ name: p.name, value: [Number(p.executionPercent), Number(p.score)],
                    grade: p.grade, url: p.url, sheetId: p.sheetId })) }]
        });
        if (data.findings.length) {
            chart('chart-findings', {
                grid: { left: 190, right: 60, top: 10, bottom: 30 },
                xAxis: { type: 'value', minInterval: 1, name: '数量' },
                yAxis: { type: 'category', inverse: true, data: data.findings.map((f) => f.title) },
                series: [{ type: 'bar', name: '数量', label: { show: true, position: 'right' },
                    itemStyle: { color: COLORS[0] }, data: data.findings.map((f) => f.count) }]
            }, Math.max(220, 28 * data.findings.length + 50));
        }
        if (data.previous) {
            const grades = data.current.grades.map((g) => g.grade);
            chart('chart-compare', {
                legend: { top: 0 },
                grid: { left: 50, right: 30, top: 40, bottom: 30 },
                xAxis: { type: 'category', data: grades },
                yAxis: { type: 'value', minInterval: 1, name: '项目数' },
                series: [
                    { type: 'bar', name: data.previous.year + '年', itemStyle: { color: COLORS[5] },
                        data: data.previous.grades.map((g) => g.count) },
                    { type: 'bar', name: data.current.year + '年', itemStyle: { color: COLORS[0] },
                        data: data.current.grades.map((g) => g.count) }
                ]
            });
        }
    }

    const SORTS = {
        score: (a, b) => (Number(b.averageScore) || -1) - (Number(a.averageScore) || -1),
        rate: (a, b) => (Number(b.executionPercent) || -1) - (Number(a.executionPercent) || -1),
        progress: (a, b) => (Number(b.progress.percent) || 0) - (Number(a.progress.percent) || 0),
        name: (a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN')
    };

    function departmentBars(id, lines, value, name, unit, color) {
        return chart(id, {
            title: { text: name, left: 'center', textStyle: { fontSize: 14 } },
            grid: { left: 220, right: 60, top: 40, bottom: 30 },
            xAxis: { type: 'value', name: unit, scale: false },
            yAxis: { type: 'category', inverse: true, data: lines.map((l) => l.departmentName) },
            series: [{ type: 'bar', name: name, itemStyle: { color: color },
                label: { show: lines.length <= 40, position: 'right' },
                data: lines.map((l) => ({ value: value(l), url: l.url, departmentId: l.departmentId })) }]
        }, Math.max(240, 22 * lines.length + 70));
    }

    function province(data) {
        const statuses = data.progress.statuses;
        chart('chart-progress', {
            legend: { top: 0 },
            grid: { left: 220, right: 70, top: 40, bottom: 30 },
            xAxis: { type: 'value', minInterval: 1, name: '项目数' },
            yAxis: { type: 'category', inverse: true, data: data.departments.map((l) => l.departmentName) },
            series: statuses.map((s, i) => ({ type: 'bar', stack: '项目', name: s.label,
                itemStyle: { color: COLORS[i % COLORS.length] },
                data: data.departments.map((l) => ({ value: l.progress.statuses[i].count, url: l.url })) }))
        }, Math.max(240, 22 * data.departments.length + 70));
        let order = data.departments.slice();
        const score = departmentBars('chart-score', order, (l) => l.averageScore, '自评平均分', '分', COLORS[0]);
        const rate = departmentBars('chart-rate', order, (l) => l.executionPercent, '执行率', '%', COLORS[2]);
        document.querySelectorAll('#sorter [data-sort]').forEach((button) => button.addEventListener('click', () => {
            order = data.departments.slice().sort(SORTS[button.dataset.sort]);
            [[score, (l) => l.averageScore], [rate, (l) => l.executionPercent]].forEach(([instance, value]) => {
                instance.setOption({ yAxis: { data: order.map((l) => l.departmentName) },
                    series: [{ data: order.map((l) => ({ value: value(l), url: l.url, departmentId: l.departmentId })) }] });
            });
            root.dataset.sortedBy = button.dataset.sort;
        }));
        gradeBars('chart-grades', data.gradeNames.map((g) => ({ grade: g, count: data.grades[g] })));
        if (data.mostFindings.length) {
            chart('chart-findings', {
                grid: { left: 220, right: 70, top: 10, bottom: 30 },
                xAxis: { type: 'value', minInterval: 1, name: '问题数' },
                yAxis: { type: 'category', inverse: true, data: data.mostFindings.map((l) => l.departmentName) },
                series: [{ type: 'bar', name: '问题数', itemStyle: { color: COLORS[0] }, label: { show: true, position: 'right' },
                    data: data.mostFindings.map((l) => ({ value: l.fundsFindings, url: l.url })) }]
            }, Math.max(220, 28 * data.mostFindings.length + 50));
        }
    }

    function failed() {
        document.getElementById('chart-error').hidden = false;
    }

    document.addEventListener('DOMContentLoaded', () => {
        if (typeof echarts === 'undefined') {
            failed();
            return;
        }
        fetch(root.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then((response) => {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.json();
            })
            .then((data) => {
                (root.dataset.dashboard === 'province' ? province : department)(data);
                root.dataset.chartsReady = 'true';
            })
            .catch(failed);
        window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
        // Before printing, draw the charts at the width of the A4 page so that they are not cut off.
        window.addEventListener('beforeprint', () => charts.forEach((c) => c.resize({ width: 640 })));
        window.addEventListener('afterprint', () => charts.forEach((c) => c.resize()));
    });
}());

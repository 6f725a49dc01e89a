// Autosave for the 自评表 editor (templates/sheet/edit.html, issue 19). While the officer types, the draft is posted
// about every data-autosave-interval seconds to the autosave endpoint, which reads, checks, saves and audits it like
// 保存草稿 under the same optimistic lock. Only when something was typed since the last try. The answer is shown in
// #autosave-status: "已自动保存 HH:mm"; the fields that block saving (marked, with their messages); or, when someone
// else saved first or the sheet was submitted, a message, and autosaving stops (保存草稿 then shows the differences).
// The page's input is never replaced: on success only the hidden version moves on, so the next save builds on it.
// keep-input.js listens for the jixiao:autosaved event to drop the copy it keeps in the browser.
(function () {
    'use strict';
    var form = document.getElementById('sheet-form');
    var status = document.getElementById('autosave-status');
    if (!form || !status || !form.dataset.autosaveUrl) {
        return;
    }
    var seconds = Number(form.dataset.autosaveInterval);
    var interval = (seconds > 0 ? seconds : 60) * 1000;
    var version = form.querySelector('input[name=version]');
    var dirty = form.dataset.unsaved === 'true';
    var edits = 0;
    var busy = false;
    var stopped = false;
    var marked = [];

    function show(kind, message, errors) {
        status.className = 'autosave-status ' + kind;
        status.dataset.state = kind;
        status.textContent = message;
        if (errors && errors.length) {
            var list = document.createElement('ul');
            errors.forEach(function (error) {
                var item = document.createElement('li');
                if (error.fieldId && document.getElementById(error.fieldId)) {
                    var link = document.createElement('a');
                    link.href = '#' + error.fieldId;
                    link.textContent = error.message;
                    item.appendChild(link);
                } else {
                    item.textContent = error.message;
                }
                list.appendChild(item);
            });
            status.appendChild(list);
        }
    }

    // Marks the blocking fields the way a refused save does (red border), and unmarks them once saving succeeds.
    function mark(errors) {
        marked.forEach(function (field) {
            field.classList.remove('invalid');
            field.removeAttribute('aria-invalid');
        });
        marked = [];
        (errors || []).forEach(function (error) {
            var field = error.fieldId && document.getElementById(error.fieldId);
            if (field) {
                field.classList.add('invalid');
                field.setAttribute('aria-invalid', 'true');
                marked.push(field);
            }
        });
    }

    // The last autosave of this tab, so that a reload still says when the stored version was autosaved: shown
    // only while the page holds exactly that version.
    var lastKey = 'jixiao.autosaved:' + form.dataset.autosaveUrl;
    function remember(answer) {
        try {
            sessionStorage.setItem(lastKey, JSON.stringify({version: String(answer.version), message: answer.message}));
        } catch (unavailable) {
            // Without sessionStorage a reload just shows no status.
        }
    }
    try {
        var last = JSON.parse(sessionStorage.getItem(lastKey));
        if (last && last.version === version.value && !status.textContent) {
            show('saved', last.message);
        }
    } catch (unavailable) {
        // Nothing remembered.
    }

    function save() {
        if (!dirty || busy || stopped) {
            return;
        }
        busy = true;
        dirty = false;
        var sentEdits = edits;
        form.dataset.autosaveState = 'pending';
        fetch(form.dataset.autosaveUrl, {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            headers: {'Accept': 'application/json'},
            credentials: 'same-origin'
        }).then(function (response) {
            if (response.redirected && /\/login$/.test(new URL(response.url).pathname)) {
                document.dispatchEvent(new CustomEvent('jixiao:session-expired'));
                dirty = true;
                show('stopped', '未能自动保存：登录已超时。您的输入仍在本页和本浏览器中，请重新登录后保存。');
                return;
            }
            document.dispatchEvent(new CustomEvent('jixiao:server-contact'));
            return response.json().then(function (answer) {
                if (answer.status === 'saved' || answer.status === 'unchanged') {
                    version.value = String(answer.version);
                    if (answer.status === 'saved') {
                        remember(answer);
                    }
                    mark([]);
                    show('saved', answer.message);
                    document.dispatchEvent(new CustomEvent('jixiao:autosaved', {
                        detail: {version: answer.version, clean: edits === sentEdits}
                    }));
                } else if (answer.status === 'invalid') {
                    // Tried again once the officer changes something: the same input would be refused again.
                    mark(answer.errors);
                    show('blocked', answer.message, answer.errors);
                } else {
                    stopped = true;
                    status.setAttribute('role', 'alert');
                    show('stopped', answer.message);
                }
            });
        }).catch(function () {
            dirty = true;
            show('failed', '自动保存暂时失败（网络或服务器无响应），稍后会再试；您的输入仍在本页。');
        }).then(function () {
            busy = false;
            form.dataset.autosaveState = stopped ? 'stopped' : 'idle';
        });
    }

    function changed(event) {
        // Restoring the browser's copy (keep-input.js) fires an untrusted input event: that is unsaved input too.
        if (event.type === 'input' || event.type === 'change') {
            dirty = true;
            edits++;
        }
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    // A real save leaves the page: no autosave may race it with the same version.
    form.addEventListener('submit', function () {
        stopped = true;
    });
    setInterval(save, interval);
})();

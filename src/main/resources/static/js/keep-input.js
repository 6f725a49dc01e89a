// Keeps what was typed into a form marked data-keep-input (issue 12). Every change is copied to this browser's
// localStorage, keyed by the form's address (or its data-keep-input-key and version), until a save succeeds (the
// editor then shows ?saved or ?submitted, or autosave.js reports one). A closed or crashed tab loses nothing either. If the
// save fails because the session ended, the user signs in again, comes back to this page, and is offered the
// copy. Leaving the page with unsaved changes asks first (beforeunload). No scoring or validation here.
(function () {
    'use strict';
    var form = document.querySelector('form[data-keep-input]');
    if (!form || !window.localStorage) {
        return;
    }
    // A form with data-keep-input-key (the 自评表 editor: "sheet:{id}") keeps its copy under that key and the version
    // it was typed on, so a copy is only ever put back on the version it belongs to, or knowingly on an older one.
    var base = 'jixiao.input:' + (form.dataset.keepInputKey || form.getAttribute('action'));
    var version = form.dataset.keepInputKey ? form.querySelector('input[name=version]') : null;
    function currentKey() {
        return version ? base + ':v' + version.value : base;
    }
    // Every copy of this form, whatever version it was typed on.
    function copies() {
        var keys = [];
        for (var k = 0; k < localStorage.length; k++) {
            var name = localStorage.key(k);
            if (name === base || (version && name.indexOf(base + ':v') === 0)) {
                keys.push(name);
            }
        }
        return keys;
    }
    function dropAll() {
        copies().forEach(function (name) {
            localStorage.removeItem(name);
        });
    }
    var skipped = {'_csrf': true, 'version': true, 'action': true};
    var dirty = false;
    var submitting = false;
    var timer = null;

    function fields() {
        return Array.prototype.filter.call(form.elements, function (e) {
            return e.name && !skipped[e.name] && e.type !== 'password' && e.type !== 'file'
                && e.type !== 'submit' && e.type !== 'button';
        });
    }

    function snapshot() {
        return fields().map(function (e) {
            return [e.name, (e.type === 'checkbox' || e.type === 'radio') ? String(e.checked) : e.value];
        });
    }

    function store() {
        clearTimeout(timer);
        try {
            var key = currentKey();
            copies().forEach(function (name) {
                if (name !== key) {
                    localStorage.removeItem(name);
                }
            });
            localStorage.setItem(key, JSON.stringify({savedAt: new Date().toISOString(), fields: snapshot(),
                version: version ? version.value : null}));
        } catch (full) {
            // Storage full or disabled: the warning before leaving still protects the input.
        }
    }

    function restore(copy) {
        var seen = {};
        var byName = {};
        copy.fields.forEach(function (pair) {
            (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]);
        });
        fields().forEach(function (e) {
            var index = seen[e.name] = (seen[e.name] === undefined ? 0 : seen[e.name] + 1);
            var values = byName[e.name];
            if (!values || index >= values.length) {
                return;
            }
            if (e.type === 'checkbox' || e.type === 'radio') {
                e.checked = values[index] === 'true';
            } else {
                e.value = values[index];
            }
        });
        if (version && copy.version && copy.version !== version.value) {
            // Typed on an older version: saving it goes through the conflict page, which lists what differs.
            version.value = copy.version;
        }
        dirty = true;
        form.dispatchEvent(new Event('input', {bubbles: true}));
    }

    function offer(copy) {
        var box = document.createElement('div');
        box.id = 'kept-input';
        box.className = 'kept-input no-print';
        box.setAttribute('role', 'alert');
        var time = new Date(copy.savedAt);
        var text = document.createElement('span');
        text.textContent = '发现未保存的输入：本浏览器保留了您在 ' + time.toLocaleString('zh-CN') + ' 于本页填写、但尚未保存的内容。'
            + (version && copy.version && copy.version !== version.value
                ? '这些内容基于较早保存的版本，此后表已被保存过；恢复后点“保存草稿”，系统会列出与已保存内容的不同之处。' : '');
        var apply = document.createElement('button');
        apply.type = 'button';
        apply.id = 'kept-input-restore';
        apply.textContent = '恢复';
        var drop = document.createElement('button');
        drop.type = 'button';
        drop.id = 'kept-input-discard';
        drop.textContent = '放弃';
        apply.addEventListener('click', function () {
            restore(copy);
            box.remove();
        });
        drop.addEventListener('click', function () {
            dropAll();
            box.remove();
        });
        box.append(text, ' ', apply, ' ', drop);
        form.parentNode.insertBefore(box, form);
    }

    var query = new URLSearchParams(window.location.search);
    if (query.has('saved') || query.has('submitted')) {
        dropAll();
    } else {
        var kept = null;
        try {
            // The copy of this version, else the newest copy typed on another one.
            var names = copies().sort(function (a, b) {
                return Number(b.split(':v').pop()) - Number(a.split(':v').pop());
            });
            var name = names.indexOf(currentKey()) >= 0 ? currentKey() : names[0];
            kept = name ? JSON.parse(localStorage.getItem(name)) : null;
        } catch (broken) {
            dropAll();
        }
        if (kept && kept.fields && JSON.stringify(kept.fields) !== JSON.stringify(snapshot())) {
            offer(kept);
        }
    }

    // Copied a moment after typing pauses (a sheet can hold long texts), and at once when the form is sent
    // or the page is left, so that the last keystrokes are kept too.
    form.addEventListener('input', function (event) {
        if (event.isTrusted) {
            dirty = true;
        }
        if (dirty) {
            clearTimeout(timer);
            timer = setTimeout(store, 300);
        }
    });
    form.addEventListener('change', function () {
        dirty = true;
        clearTimeout(timer);
        timer = setTimeout(store, 300);
    });
    form.addEventListener('submit', function () {
        submitting = true;
        if (dirty) {
            store();
        }
    });
    // An autosave (autosave.js) stored the input: the copy is dropped, or, if typing went on meanwhile, kept
    // under the new version.
    document.addEventListener('jixiao:autosaved', function (event) {
        if (event.detail && event.detail.clean) {
            clearTimeout(timer);
            dropAll();
            dirty = false;
        } else if (dirty) {
            store();
        }
    });
    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            store();
        }
        if (dirty && !submitting) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();

// Keeps what was typed into a form marked data-keep-input (issue 12). Every change is copied to this browser's
// localStorage, keyed by the form's address, until a save succeeds (the editor then shows ?saved or ?submitted). If the
// save fails because the session ended, the user signs in again, comes back to this page, and is offered the
// copy. Leaving the page with unsaved changes asks first (beforeunload). No scoring or validation here.
(function () {
    'use strict';
    var form = document.querySelector('form[data-keep-input]');
    if (!form || !window.localStorage) {
        return;
    }
    var key = 'jixiao.input:' + form.getAttribute('action');
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
            localStorage.setItem(key, JSON.stringify({savedAt: new Date().toISOString(), fields: snapshot()}));
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
        text.textContent = '本浏览器保留了您在 ' + time.toLocaleString('zh-CN') + ' 于本页填写、但尚未保存的内容。';
        var apply = document.createElement('button');
        apply.type = 'button';
        apply.id = 'kept-input-restore';
        apply.textContent = '恢复这些内容';
        var drop = document.createElement('button');
        drop.type = 'button';
        drop.id = 'kept-input-discard';
        drop.textContent = '丢弃';
        apply.addEventListener('click', function () {
            restore(copy);
            box.remove();
        });
        drop.addEventListener('click', function () {
            localStorage.removeItem(key);
            box.remove();
        });
        box.append(text, ' ', apply, ' ', drop);
        form.parentNode.insertBefore(box, form);
    }

    var query = new URLSearchParams(window.location.search);
    if (query.has('saved') || query.has('submitted')) {
        localStorage.removeItem(key);
    } else {
        var kept = null;
        try {
            kept = JSON.parse(localStorage.getItem(key));
        } catch (broken) {
            localStorage.removeItem(key);
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

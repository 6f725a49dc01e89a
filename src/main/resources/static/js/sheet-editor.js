// Live recomputation for the 自评表 editor (templates/sheet/edit.html). Progressive enhancement: without this
// file the form saves and the row buttons work as plain posts. With it, every edit posts the form to the preview
// endpoint, which scores it on the server and answers with the computed parts; each element of the answer that
// carries data-preview replaces the element of the same id on the page. No scoring happens here: one set of rules,
// on the server.
(function () {
    'use strict';
    var form = document.getElementById('sheet-form');
    if (!form || !form.dataset.previewUrl) {
        return;
    }
    var timer = null;
    var sent = 0;

    function refresh() {
        var mine = ++sent;
        form.dataset.previewState = 'pending';
        fetch(form.dataset.previewUrl, {
            method: 'POST',
            body: new URLSearchParams(new FormData(form)),
            headers: {'Accept': 'text/html'},
            credentials: 'same-origin'
        }).then(function (response) {
            // A session that has ended sends the request to the sign-in page: say so (session-timeout.js).
            if (response.redirected && /\/login$/.test(new URL(response.url).pathname)) {
                document.dispatchEvent(new CustomEvent('jixiao:session-expired'));
                return null;
            }
            document.dispatchEvent(new CustomEvent('jixiao:server-contact'));
            return response.ok ? response.text() : null;
        }).then(function (html) {
            // Answers can overtake each other; only the newest describes what is on the screen.
            if (html === null || mine !== sent) {
                return;
            }
            var fresh = new DOMParser().parseFromString(html, 'text/html');
            fresh.querySelectorAll('[data-preview][id]').forEach(function (part) {
                var old = document.getElementById(part.id);
                if (old) {
                    old.replaceWith(document.importNode(part, true));
                }
            });
            form.dataset.previewState = 'done';
            form.dataset.previewCount = String(mine);
        }).catch(function () {
            // Offline or server gone: the page keeps the last computed values; saving still works or tells why.
            form.dataset.previewState = 'failed';
        });
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 300);
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
})();

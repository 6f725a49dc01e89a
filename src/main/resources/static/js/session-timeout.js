// Idle-timeout warning (issue 12). The server ends a session after the idle time in
// <meta name="jixiao-session-timeout"> (seconds; only on pages of a signed-in user). Two minutes before, a
// banner offers to keep working (one request to /session/ping keeps the session); once it has passed, the
// banner says so and links to the sign-in page. Every request resets the server's clock: page loads, and the
// editor's background requests, which announce themselves with the event 'jixiao:server-contact'.
(function () {
    'use strict';
    var meta = document.querySelector('meta[name="jixiao-session-timeout"]');
    if (!meta) {
        return;
    }
    var timeout = parseInt(meta.content, 10) * 1000;
    if (!(timeout > 0)) {
        return;
    }
    var warnBefore = Math.min(120000, timeout / 4);
    var loginUrl = meta.dataset.loginUrl || '/login';
    var pingUrl = meta.dataset.pingUrl || '/session/ping';
    var warnTimer = null;
    var endTimer = null;
    var banner = null;

    function show(message, withButton) {
        if (!banner) {
            banner = document.createElement('div');
            banner.id = 'session-warning';
            banner.className = 'session-warning no-print';
            banner.setAttribute('role', 'alert');
            document.body.insertBefore(banner, document.body.firstChild);
        }
        banner.textContent = message + ' ';
        if (withButton) {
            var button = document.createElement('button');
            button.type = 'button';
            button.id = 'session-keep';
            button.textContent = '继续工作';
            button.addEventListener('click', keepAlive);
            banner.appendChild(button);
        } else {
            var link = document.createElement('a');
            link.href = loginUrl;
            link.target = '_blank';
            link.rel = 'noopener';
            link.textContent = '在新窗口重新登录';
            banner.appendChild(link);
        }
        banner.hidden = false;
    }

    function hide() {
        if (banner) {
            banner.hidden = true;
        }
    }

    function expired() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        show('登录已超时（闲置 ' + Math.round(timeout / 60000) + ' 分钟）。本页填写的内容已保留在本浏览器中；'
            + '请重新登录后回到本页恢复并保存。', false);
    }

    function restart() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        hide();
        warnTimer = setTimeout(function () {
            show('您已闲置较久，约 ' + Math.round(warnBefore / 60000) + ' 分钟后将自动退出登录，未保存的内容请及时保存。', true);
        }, timeout - warnBefore);
        endTimer = setTimeout(expired, timeout);
    }

    function keepAlive() {
        fetch(pingUrl, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
            if (response.ok && !response.redirected) {
                restart();
            } else {
                expired();
            }
        }).catch(function () {
            show('无法连接服务器，请检查网络后再试。', true);
        });
    }

    document.addEventListener('jixiao:server-contact', restart);
    document.addEventListener('jixiao:session-expired', expired);
    restart();
})();

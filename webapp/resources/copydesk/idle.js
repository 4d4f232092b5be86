/* Idle warning: some time before the session would time out for inactivity, a banner says when
   the page will sign out and offers "Stay signed in", which renews the session on the server.
   Without an answer, the page signs out by itself (the notifications poll keeps the server session
   alive while a page is open, so the page is what ends an idle sign-in). Keys, clicks, typing in
   the story editor and touches count as activity, in every tab of this newsroom. No inline code:
   this file runs under the pages' Content-Security-Policy. */
(function () {
  'use strict';
  var box = document.getElementById('idle-warning');
  var logout = document.getElementById('logout-form');
  if (!box || !logout) { return; }
  var timeout = parseInt(box.getAttribute('data-timeout'), 10) * 1000;
  var lead = parseInt(box.getAttribute('data-lead'), 10) * 1000;
  if (!(timeout > 0) || !(lead > 0)) { return; }
  var text = document.getElementById('idle-text');
  var stay = document.getElementById('idle-stay');
  var KEY = 'copydesk.lastActivity';
  var lastActivity = Date.now();
  var signingOut = false;

  function shared() {
    try {
      var other = parseInt(window.localStorage.getItem(KEY), 10);
      if (other > lastActivity) { lastActivity = other; }
    } catch (storageBlocked) { /* one tab only, then */ }
    return lastActivity;
  }

  function active() {
    lastActivity = Date.now();
    try { window.localStorage.setItem(KEY, String(lastActivity)); } catch (storageBlocked) { /* one tab only */ }
  }

  function format(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(s / 60);
    var rest = s % 60;
    return m + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function signOut() {
    signingOut = true;
    var reason = document.createElement('input');
    reason.type = 'hidden';
    reason.name = 'reason';
    reason.value = 'idle';
    logout.appendChild(reason);
    // Nobody is there to answer "leave this page?" (editor.js): what the editor had not kept by
    // now, with its autosave every five seconds, did not reach the server, and the session ends.
    document.dispatchEvent(new window.CustomEvent('copydesk:leaving'));
    logout.submit();
  }

  function tick() {
    if (signingOut) { return; }
    var remaining = timeout - (Date.now() - shared());
    if (remaining <= 0) {
      signOut();
    } else if (remaining <= lead) {
      text.textContent = box.getAttribute('data-text').replace('{0}', format(remaining));
      if (box.hidden) {
        box.hidden = false;
        stay.focus();
      }
    } else if (!box.hidden) {
      box.hidden = true;
    }
  }

  /* Renews the session on the server; a session that has already ended reloads into the login page. */
  function keep() {
    window.fetch(box.getAttribute('data-ping'), { method: 'POST', credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 204) {
          active();
          box.hidden = true;
        } else {
          window.location.reload();
        }
      }, function () {
        text.textContent = box.getAttribute('data-text').replace('{0}', '…');
      });
  }

  ['keydown', 'mousedown', 'input', 'touchstart', 'wheel'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      if (box.hidden && !signingOut) {
        active();
      } else if (!signingOut && event.target !== stay && !stay.contains(event.target)) {
        keep();
      }
    }, { capture: true, passive: true });
  });
  stay.addEventListener('click', keep);
  active();
  window.setInterval(tick, 1000);
}());

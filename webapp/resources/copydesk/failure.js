/* A click whose request the server did not carry out says so on the page. PrimeFaces only writes
   such failures to the browser's console, so a Save refused by a busy server (503), a save sent
   while the network was down, or a view the server no longer holds looked like a save that
   happened. The banner says what went wrong and that the page, with what was typed into it, is
   as it was; a later click that succeeds takes it away. No inline code: this file runs under
   the pages' Content-Security-Policy. */
(function () {
  'use strict';
  var box = document.getElementById('request-failure');
  if (!box || !window.jQuery || !window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Utils) { return; }
  var text = document.getElementById('request-failure-text');
  var dismiss = document.getElementById('request-failure-dismiss');

  // The component whose request failed, while the banner is about it.
  var failedSource = null;

  function show(kind, detail, source) {
    text.textContent = box.getAttribute('data-' + kind).replace('{0}', detail || '');
    failedSource = source || null;
    box.hidden = false;
  }

  function hide() {
    box.hidden = true;
    text.textContent = '';
    failedSource = null;
  }

  /* The notifications badge refreshes itself; nobody asked for it, and its next refresh tries
     again, so its network and HTTP failures are not announced. A page the server no longer holds
     is announced whichever request finds out (see handleError below): every click on it would
     fail too. */
  function background(settings) {
    var source = settings && settings.source;
    var element = typeof source === 'string' ? document.getElementById(source) : source;
    return !!(element && element.closest && element.closest('#notifications'));
  }

  /* PrimeFaces 15.0.13 leaves the button whose request failed disabled, with its spinner, until
     the page is reloaded (primefaces/primefaces#14782, fixed in a later release that this
     workplace's registry does not serve), so Save could not be pressed again. Once its own
     completion has run, this does what that completion skipped. */
  function release(settings) {
    window.setTimeout(function () {
      var widget = PrimeFaces.getWidgetById(PrimeFaces.ajax.Utils.getSourceId(settings));
      if (widget && widget.jq && !(widget.ajaxCount > 0) && widget.jq.hasClass('ui-state-loading')) {
        PrimeFaces.buttonEndAjaxDisabled(widget, widget.jq);
      }
    }, 0);
  }

  jQuery(document).on('pfAjaxError', function (event, xhr, settings, thrown) {
    release(settings);
    // Leaving the page cancels its requests in flight: nothing failed.
    if (xhr.statusText === 'abort' || background(settings)) { return; }
    var source = PrimeFaces.ajax.Utils.getSourceId(settings);
    if (xhr.status === 503) {
      show('busy', '', source);
    } else if (xhr.status === 0) {
      show('offline', '', source);
    } else if (xhr.status >= 200 && xhr.status < 300) {
      // An answer that is not a Faces partial response (a proxy's page, say).
      show('failed', String(thrown || 'unreadable answer'), source);
    } else {
      show('failed', 'HTTP ' + xhr.status, source);
    }
  });

  /* A background request (the editor's autosave) that failed and then got through: its banner
     goes. A banner about another request (a Save) stays, since that click is still not done. */
  document.addEventListener('copydesk:succeeded', function (event) {
    if (!box.hidden && failedSource && event.detail && event.detail.source === failedSource) {
      hide();
    }
  });

  /* An exception on the server arrives as an <error> inside a normal answer, and PrimeFaces hands
     it to this function. Its own version would open the error page web.xml names for the
     exception (the "page expired" page for a view the server no longer holds), which throws away
     whatever was typed on this page; the banner says the same and keeps the page. The server has
     logged the exception; the browser's console gets it too. */
  PrimeFaces.ajax.Utils.handleError = function (name, message) {
    var simple = String(name || '').replace(/^class\s+/, '').replace(/^.*\./, '');
    if (simple === 'ViewExpiredException') {
      show('expired');
    } else {
      show('failed', simple || 'server error');
    }
    PrimeFaces.error('Server error ' + name + ': ' + message);
  };

  // Fired before the answer is applied: an <error> in that answer shows the banner again.
  jQuery(document).on('pfAjaxSuccess', hide);
  dismiss.addEventListener('click', hide);
}());

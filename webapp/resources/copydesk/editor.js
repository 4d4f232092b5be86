/* Story editor: a live word count, autosave of unsaved work every five seconds while it changes
   (and again after an autosave that failed), and the browser's "leave this page?" question while
   something typed has reached the server neither by an autosave nor by a save. */
(function () {
  'use strict';
  // Typed since the last autosave was sent (or since a failed one).
  var dirty = false;
  // Changes typed so far; a save that succeeds settles only the changes it carried.
  var edits = 0;
  // Autosaves sent and not yet answered: their words are not kept until they are.
  var sending = 0;
  // The page is being left on purpose: the editor's own form sent (the first save of a new
  // story is a full page submit), or the idle sign-out (idle.js), which must not wait for an answer.
  var leaving = false;

  function count() {
    var editor = document.querySelector('.ql-editor');
    var out = document.getElementById('word-count');
    if (!editor || !out) { return; }
    var text = (editor.innerText || '').trim();
    out.textContent = text ? String(text.split(/\s+/).length) : '0';
  }

  function changed(event) {
    if (event.target && event.target.closest && event.target.closest('#editor')) {
      dirty = true;
      edits++;
      count();
    }
  }

  document.addEventListener('input', changed);
  document.addEventListener('keyup', changed);

  /* The rich-text editor builds its own widgets after the page loads; give them names for
     screen readers from the labels the page carries. */
  function label() {
    var container = document.querySelector('.ui-texteditor[data-label]');
    if (!container) { return; }
    var body = container.querySelector('.ql-editor');
    if (body) {
      body.setAttribute('aria-label', container.getAttribute('data-label'));
      body.setAttribute('role', 'textbox');
      body.setAttribute('aria-multiline', 'true');
    }
    container.removeAttribute('role');
    Array.prototype.forEach.call(document.querySelectorAll('.ql-picker-label'), function (picker) {
      picker.setAttribute('aria-label', container.getAttribute('data-heading-label'));
    });
  }
  window.addEventListener('load', function () { window.setTimeout(label, 0); });
  if (window.jQuery) { window.jQuery(document).on('pfAjaxComplete', label); }

  /* The editor copies its text into the form field only when it loses focus; an autosave happens
     while the writer is still typing, so copy it first. */
  function syncBody() {
    var widget = window.PrimeFaces && window.PrimeFaces.widgets && window.PrimeFaces.widgets.bodyEditor;
    var field = document.getElementById('editor:body_input');
    if (widget && widget.editor && field) {
      field.value = widget.editor.root.innerHTML;
    }
  }

  window.setInterval(function () {
    if (dirty && typeof window.copydeskAutosave === 'function') {
      dirty = false;
      syncBody();
      var sent = window.copydeskAutosave();
      if (sent && typeof sent.always === 'function') {
        sending++;
        sent.always(function () { sending--; });
        // An autosave that did not reach the server (no network, a busy server) is sent again five
        // seconds later, typing or not: otherwise the words typed before it would be kept only
        // after the next keystroke (failure.js says on the page that it failed).
        sent.fail(function () { dirty = true; });
        // The banner failure.js showed for a failed autosave goes once one gets through
        // (PrimeFaces announces only the failure of a background request, not its success).
        sent.done(function () {
          document.dispatchEvent(new window.CustomEvent('copydesk:succeeded', { detail: { source: 'editor:autosave' } }));
        });
      }
    }
  }, 5000);

  /* A save the server carried out (StoryEditorView.save adds "saved" to the answer) keeps
     everything the form held when it was sent; what was typed while it travelled is still
     unsaved. */
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxSend', function (event, xhr) {
      xhr.copydeskEdits = edits;
    }).on('pfAjaxComplete', function (event, xhr, settings, args) {
      if (args && args.saved && xhr.copydeskEdits === edits) {
        dirty = false;
      }
    });
  }

  // Bubbling to the window, after PrimeFaces has stopped the submits it sends by ajax.
  window.addEventListener('submit', function (event) {
    if (!event.defaultPrevented && event.target && event.target.id === 'editor') {
      leaving = true;
    }
  });
  document.addEventListener('copydesk:leaving', function () { leaving = true; });

  window.addEventListener('beforeunload', function (event) {
    if (leaving || !(dirty || sending > 0)) { return; }
    // The browser asks in its own words; what a page sets as the text is no longer shown.
    event.preventDefault();
    event.returnValue = '';
  });
}());

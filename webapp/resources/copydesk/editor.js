/* Story editor: a live word count, and autosave of unsaved work every five seconds while it changes
   (and again after an autosave that failed). */
(function () {
  'use strict';
  var dirty = false;

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
      // An autosave that did not reach the server (no network, a busy server) is sent again five
      // seconds later, typing or not: otherwise the words typed before it would be kept only
      // after the next keystroke (failure.js says on the page that it failed).
      if (sent && typeof sent.fail === 'function') {
        sent.fail(function () { dirty = true; });
      }
    }
  }, 5000);
}());

/* Story editor: a live word count, and autosave of unsaved work every five seconds while it changes. */
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

  window.setInterval(function () {
    if (dirty && typeof window.copydeskAutosave === 'function') {
      dirty = false;
      window.copydeskAutosave();
    }
  }, 5000);
}());

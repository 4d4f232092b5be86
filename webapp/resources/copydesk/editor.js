/* Story editor: a live word count under the text editor. */
(function () {
  'use strict';
  function count() {
    var editor = document.querySelector('.ql-editor');
    var out = document.getElementById('word-count');
    if (!editor || !out) { return; }
    var text = (editor.innerText || '').trim();
    out.textContent = text ? String(text.split(/\s+/).length) : '0';
  }
  document.addEventListener('input', count);
  document.addEventListener('keyup', count);
}());

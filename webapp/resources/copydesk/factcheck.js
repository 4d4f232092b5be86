/* Fact-check page: add a claim by selecting text, keyboard shortcuts for the common verdicts.
   Listeners sit on the document so they survive the page's ajax updates; no inline handlers. */
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function paragraphOf(node) {
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el ? el.closest('.fc-paragraph') : null;
  }

  document.addEventListener('mouseup', function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    var paragraph = paragraphOf(range.startContainer);
    if (!paragraph || paragraph !== paragraphOf(range.endContainer)) { return; }
    var before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var text = range.toString();
    byId('fc:selParagraph').value = paragraph.getAttribute('data-paragraph');
    byId('fc:selStart').value = String(start);
    byId('fc:selEnd').value = String(start + text.length);
    var preview = byId('selection-preview');
    if (preview) { preview.textContent = '\u201c' + text + '\u201d'; }
  });

  function items() { return Array.prototype.slice.call(document.querySelectorAll('.claim-item')); }

  function move(step) {
    var list = items();
    if (list.length === 0) { return; }
    var at = list.indexOf(document.activeElement.closest ? document.activeElement.closest('.claim-item') : null);
    var next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + step))];
    next.focus();
  }

  var VERDICTS = { v: 'VERIFIED', d: 'DISPUTED', s: 'STRUCK', u: 'UNCHECKED' };

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) { return; }
    var key = event.key.toLowerCase();
    if (key === 'j') { move(1); event.preventDefault(); return; }
    if (key === 'k') { move(-1); event.preventDefault(); return; }
    var verdict = VERDICTS[key];
    var item = target && target.closest ? target.closest('.claim-item') : null;
    if (verdict && item) {
      var button = item.querySelector('.verdict-' + verdict);
      if (button) { button.click(); event.preventDefault(); }
    }
  });

  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('mark.claim') : null;
    if (!mark) { return; }
    var item = document.querySelector('.claim-item[data-claim="' + mark.getAttribute('data-claim') + '"]');
    if (item) { item.scrollIntoView({ block: 'center' }); item.focus(); }
  });
}());

// Mention picker of the discussion form: inserts @[Name] at the cursor. Without JavaScript, the list of names
// printed above the form is enough to type a mention by hand; that is why the picker starts hidden.
(function () {
  'use strict';
  var picker = document.querySelector('[data-mention-picker]');
  var field = document.getElementById('commentaire');
  var input = document.getElementById('mention');
  var button = document.querySelector('[data-insert-mention]');
  if (!picker || !field || !input || !button) { return; }
  picker.hidden = false;
  button.addEventListener('click', function () {
    var name = input.value.trim().replace(/[\[\]]/g, '');
    if (!name) { input.focus(); return; }
    var mention = '@[' + name + '] ';
    var start = field.selectionStart, end = field.selectionEnd;
    var before = field.value.slice(0, start);
    if (before && !/\s$/.test(before)) { mention = ' ' + mention; }
    field.value = before + mention + field.value.slice(end);
    var caret = start + mention.length;
    field.focus();
    field.setSelectionRange(caret, caret);
    input.value = '';
  });
})();

// The composer, made livelier where JavaScript runs: the variables are filled into the preview as they are typed,
// the length left for the platform is recounted, and leaving with unsaved changes asks first. Without JavaScript
// the server does the same on each save; it stays the authority on length and variables.
(function () {
  'use strict';
  var X_LINK = 23;
  var LINK = /(?:https?:\/\/\S+|(?:^|[^\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?)/gi;

  function fill(text, form) {
    return text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, function (whole, name) {
      var input = form.querySelector('[data-variable="' + CSS.escape(name) + '"]');
      return input && input.value.trim() ? input.value.trim() : whole;
    });
  }

  function codePoints(text) {
    return Array.from(text).length;
  }

  function xLength(text) {
    var length = 0;
    var last = 0;
    text.replace(LINK, function (match, offset) {
      var start = offset + (match.length - match.replace(/^[^a-z0-9h]+/i, '').length);
      var link = text.slice(start, offset + match.length).replace(/[.,;:!?)»]+$/, '');
      length += codePoints(text.slice(last, start)) + X_LINK;
      last = start + link.length;
      return match;
    });
    return length + codePoints(text.slice(last));
  }

  function setUp(form) {
    var text = form.querySelector('#text');
    var counter = form.querySelector('#length');
    var preview = form.querySelector('#preview');
    if (!text || !counter || !preview) {
      return;
    }
    var limit = parseInt(counter.dataset.limit, 10);
    var onX = counter.dataset.x === 'true';
    var label = form.dataset.platformLabel || '';
    var dirty = false;

    function refresh() {
      var result = fill(text.value, form).trim();
      var length = onX ? xLength(result) : codePoints(result);
      var left = limit - length;
      var template = left < 0 ? counter.dataset.templateOver : counter.dataset.templateLeft;
      counter.textContent = template.replace('%n', String(Math.abs(left))).replace('%p', label);
      counter.classList.toggle('fr-error-text', left < 0);
      preview.textContent = result;
    }

    form.addEventListener('input', function () {
      dirty = true;
      refresh();
    });
    form.addEventListener('submit', function () {
      dirty = false;
    });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    refresh();
  }

  document.querySelectorAll('form[data-composer]').forEach(setUp);
}());

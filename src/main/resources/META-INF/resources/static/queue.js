// Keyboard shortcuts of the queue page: j/k move between posts, o opens, c claims, ? shows the help.
// Progressive enhancement only: without this file every action is a plain link or form.
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('.queue-row'));
  var help = document.getElementById('aide-clavier');
  var helpButton = document.getElementById('aide-clavier-bouton');
  var current = -1;

  function select(index) {
    if (!rows.length) { return; }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle('queue-row--current', i === current); });
    var link = rows[current].querySelector('.queue-open');
    if (link) { link.focus(); }
  }

  function toggleHelp() {
    if (!help) { return; }
    if (help.open) { help.close(); } else { help.showModal(); }
  }

  if (helpButton) { helpButton.addEventListener('click', toggleHelp); }

  // Live updates (htmx SSE extension). The server ends each stream after a while with a "renew" event and the
  // browser reconnects by itself: that end, like leaving the page, is no error, though the extension would log one
  // to the console. Any other error (the browser gave up) still goes to the extension, which retries.
  document.body.addEventListener('htmx:sseOpen', function (event) {
    var source = event.detail.source;
    if (!source || source.contrepointWatched) { return; }
    source.contrepointWatched = true;
    var endExpected = false;
    source.addEventListener('renew', function () { endExpected = true; });
    source.addEventListener('open', function () { endExpected = false; });
    var extensionOnError = source.onerror;
    source.onerror = function (error) {
      if (endExpected && source.readyState === EventSource.CONNECTING) { return; }
      if (extensionOnError) { extensionOnError.call(source, error); }
    };
    window.addEventListener('pagehide', function () { source.close(); });
  });
  // Back to a page kept in the browser's memory: its stream was closed on leaving, and its rows may be stale.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) { window.location.reload(); }
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
    if (event.key === '?') { event.preventDefault(); toggleHelp(); return; }
    if (help && help.open) { return; }
    if (event.key === 'j') { event.preventDefault(); select(current + 1); }
    else if (event.key === 'k') { event.preventDefault(); select(current - 1); }
    else if (event.key === 'o' && current >= 0) {
      var open = rows[current].querySelector('.queue-open');
      if (open) { open.click(); }
    } else if (event.key === 'c' && current >= 0) {
      var claim = rows[current].querySelector('.queue-claim');
      if (claim) { event.preventDefault(); claim.click(); }
    }
  });
})();

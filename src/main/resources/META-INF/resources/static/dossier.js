// The dossier's print button (no inline handlers: the content security policy forbids them).
(function () {
  'use strict';
  var button = document.getElementById('imprimer');
  if (button) { button.addEventListener('click', function () { window.print(); }); }
})();

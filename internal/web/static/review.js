// vigil review queue: keyboard shortcuts. v verifies and r rejects the
// selected incident (by submitting its row's form, so the CSRF token goes
// with it), n / j and p / k move the selection, Enter opens the incident.
(function () {
  'use strict';
  var table = document.getElementById('queue');
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  var current = 0;
  function select(i) {
    if (!rows.length) { return; }
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, j) { r.classList.toggle('selected', j === current); });
    rows[current].focus({ preventScroll: true });
    rows[current].scrollIntoView({ block: 'nearest' });
  }
  function decide(action) {
    var button = rows[current] && rows[current].querySelector('button[value="' + action + '"]');
    if (button) { button.click(); }
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT'))) { return; }
    switch (e.key) {
      case 'v': decide('verify'); break;
      case 'r': decide('reject'); break;
      case 'n': case 'j': select(current + 1); break;
      case 'p': case 'k': select(current - 1); break;
      case 'Enter':
        var a = rows[current] && rows[current].querySelector('a');
        if (a) { a.click(); }
        break;
      default: return;
    }
    e.preventDefault();
  });
  rows.forEach(function (r, i) { r.addEventListener('click', function () { select(i); }); });
  select(0);
}());

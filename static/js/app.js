/* Every page: tables that read on a phone, and focus where it helps after a refused form.
   No inline script: the strict CSP. */
(function () {
  "use strict";

  // On a phone, list tables stack each row into a card (app.css); each cell then shows its
  // column's header, taken here from the table's own <thead>.
  document.querySelectorAll("main table").forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    if (!headers.length) {
      return;
    }
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        var label = headers[column];
        if (label && !cell.hasAttribute("data-label")) {
          cell.setAttribute("data-label", label);
        }
        column += cell.colSpan || 1;
      });
    });
  });

  // A refused form: focus its first invalid field (its message is tied to it by
  // aria-describedby), or else the page's error message, instead of leaving focus on <body>.
  var invalid = document.querySelector("main [aria-invalid='true'], main .is-invalid");
  if (invalid) {
    invalid.focus();
    return;
  }
  var refusal = document.querySelector("main .alert-danger, main [data-error-summary]");
  if (refusal) {
    refusal.setAttribute("tabindex", "-1");
    refusal.focus();
  }
})();

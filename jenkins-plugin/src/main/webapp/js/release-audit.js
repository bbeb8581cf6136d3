/*
 * Release Copilot: the filter boxes of the build's "Release audit" page. Loaded as a static file (no inline
 * script, CSP-clean); finds its tables through data-table attributes and never builds HTML from data.
 */
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input.rca-filter").forEach(function (input) {
    var table = document.getElementById(input.dataset.table);
    if (!table) {
      return;
    }
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
  });
});

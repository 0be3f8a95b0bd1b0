// Progressive enhancement of the ingest form: the form works without this; with it, the person
// sees that reading is under way (it can take a while for many files or slow sites) and cannot
// send the same inputs twice by clicking again.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form.ingest");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    var files = form.querySelector("#files").files.length;
    var urls = form.querySelector("#urls").value.split(/\r?\n/).filter(function (l) { return l.trim() !== ""; }).length;
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    button.textContent = "Ingesting…";
    var status = document.getElementById("ingest-status");
    status.textContent = "Reading " + (files + urls) + " input" + (files + urls === 1 ? "" : "s") + "; this page shows the results when done.";
  });
});

// Progressive enhancement of the ingest form: the form works without this (it posts and the page
// shows the results when all are read). With it, the inputs go to an ingest job and the page shows
// each result as it comes, with a progress bar, by asking the job's status twice a second.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form.ingest");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = document.getElementById("ingest-status");
  var button = form.querySelector("button[type=submit]");

  function resultsList() {
    var section = document.querySelector("section.reports");
    if (section) { section.remove(); }
    section = document.createElement("section");
    section.className = "reports";
    section.setAttribute("aria-label", "Results");
    section.setAttribute("aria-live", "polite");
    section.innerHTML = "<h2>Results</h2><progress max='1' value='0'></progress> <span class='progress-text'></span><ul class='plain'></ul>";
    form.parentNode.insertBefore(section, form);
    return section;
  }

  // Text goes in with textContent only: a result line holds file names and messages from outside.
  function line(r) {
    var li = document.createElement("li");
    li.className = "report " + r.outcome.toLowerCase();
    var outcome = document.createElement("span");
    outcome.className = "outcome";
    outcome.textContent = r.outcome.toLowerCase().replace(/_/g, "-");
    li.appendChild(outcome);
    li.appendChild(document.createTextNode(" " + r.input));
    if (r.documentId) {
      li.appendChild(document.createTextNode(" → "));
      var a = document.createElement("a");
      a.href = "/documents/" + encodeURIComponent(r.documentId);
      a.textContent = r.documentId;
      li.appendChild(a);
    }
    if (r.message) {
      li.appendChild(document.createTextNode(": "));
      var why = document.createElement("span");
      why.className = "reason";
      why.textContent = r.message;
      li.appendChild(why);
    }
    return li;
  }

  function show(section, job) {
    var bar = section.querySelector("progress");
    bar.max = Math.max(1, job.total);
    bar.value = job.done;
    section.querySelector(".progress-text").textContent = job.state === "QUEUED" ? "waiting for an earlier ingest…"
      : job.done + " of " + job.total + " read" + (job.state === "DONE" ? ", done." : job.state === "FAILED" ? "; stopped: " + job.error : "…");
    var list = section.querySelector("ul");
    for (var i = list.children.length; i < job.results.length; i++) { list.appendChild(line(job.results[i])); }
  }

  function poll(section, id) {
    fetch("/api/ingest/jobs/" + id).then(function (r) { return r.json(); }).then(function (job) {
      show(section, job);
      if (job.state === "DONE" || job.state === "FAILED") {
        button.disabled = false;
        button.textContent = "Ingest";
        status.textContent = "";
        form.reset();
      } else {
        setTimeout(function () { poll(section, id); }, 500);
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    button.textContent = "Ingesting…";
    status.textContent = "Sending…";
    fetch("/api/ingest/jobs", {method: "POST", body: new FormData(form)}).then(function (r) {
      return r.json().then(function (body) { return {ok: r.ok, body: body}; });
    }).then(function (answer) {
      if (!answer.ok) {
        status.textContent = answer.body.error;
        button.disabled = false;
        button.textContent = "Ingest";
        return;
      }
      status.textContent = "";
      var section = resultsList();
      show(section, answer.body);
      poll(section, answer.body.id);
    }).catch(function (e) {
      status.textContent = "Could not reach the server: " + e;
      button.disabled = false;
      button.textContent = "Ingest";
    });
  });
});

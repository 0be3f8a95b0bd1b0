// Progressive enhancement of the reader: following a marked passage's link opens its record in the
// side panel (a closed <details> would hide it) and scrolls it into view. Without this, the links still jump.
(function () {
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.scrollIntoView({block: "nearest"});
    }
  }
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", function () {
    openTarget();
    // The reviewer's name is remembered in this browser only, so that every form is not typed again.
    var saved = window.localStorage ? localStorage.getItem("helsinki.reviewer") : null;
    document.querySelectorAll("form.review").forEach(function (form) {
      var name = form.querySelector("input[name=reviewer]");
      if (saved && !name.value) { name.value = saved; }
      form.addEventListener("submit", function () {
        if (window.localStorage) { localStorage.setItem("helsinki.reviewer", name.value); }
      });
    });
  });
})();

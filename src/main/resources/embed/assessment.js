(function () {
  var form = document.getElementById("assessment");
  if (!form || !window.fetch || !window.DOMParser) return;
  document.documentElement.setAttribute("data-e2e-ready", "");
  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (value !== "") params.append(name, value); });
    return params.toString();
  }
  function update(event) {
    var q = query();
    var url = form.action + (q ? "?" + q : "");
    if (event) event.preventDefault();
    fetch(url, { headers: { Accept: "text/html" }, credentials: "omit" }).then(function (response) {
      return response.text().then(function (html) { return { ok: response.ok, html: html }; });
    }).then(function (answer) {
      var next = new DOMParser().parseFromString(answer.html, "text/html").getElementById("result");
      var current = document.getElementById("result");
      if (!next || !current) { if (event && event.type === "submit") form.submit(); return; }
      current.replaceWith(document.importNode(next, true));
      if (window.history && history.replaceState) history.replaceState(null, "", url);
    }).catch(function () { if (event && event.type === "submit") form.submit(); });
  }
  form.addEventListener("change", function () { update(null); });
  form.addEventListener("submit", update);
})();

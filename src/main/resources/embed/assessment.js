(function () {
  var form = document.getElementById("assessment");
  var region = document.getElementById("result");
  if (!form || !region || !window.fetch || !window.DOMParser) return;
  document.documentElement.setAttribute("data-e2e-ready", "");
  var action = form.getAttribute("action").split("#")[0];
  function query() {
    var all = new URLSearchParams(), rated = new URLSearchParams(), any = false;
    new FormData(form).forEach(function (value, name) {
      all.append(name, value);
      if (value !== "") { rated.append(name, value); any = any || name !== "theme"; }
    });
    // Nothing rated: send the empty choices, as the form does without JavaScript, so the page says what to do.
    return (any ? rated : all).toString();
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = query();
    var url = action + (q ? "?" + q : "");
    fetch(url, { headers: { Accept: "text/html" }, credentials: "omit" }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, "text/html").getElementById("result");
      if (!next) { form.submit(); return; }
      // Into the live region that is already in the page, so that screen readers announce the change.
      region.replaceChildren.apply(region, Array.prototype.map.call(next.childNodes, function (node) {
        return document.importNode(node, true);
      }));
      if (window.history && history.replaceState) history.replaceState(null, "", url + "#result");
      var heading = document.getElementById("result-title");
      if (heading) heading.focus();
    }).catch(function () { form.submit(); });
  });
})();

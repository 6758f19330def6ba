(function () {
  var form = document.getElementById("library");
  var input = document.getElementById("library-q");
  var list = document.getElementById("library-suggestions");
  var status = document.getElementById("library-status");
  if (!form || !input || !list || !status || !window.fetch || !window.DOMParser || !window.URLSearchParams) return;
  document.documentElement.setAttribute("data-e2e-ready", "");
  // On a narrow screen the filters start folded away, unless some are chosen, so the results come first.
  var panel = document.getElementById("library-filters-panel");
  if (panel && window.matchMedia && window.matchMedia("(max-width: 47.99rem)").matches
      && !panel.querySelector("input:checked")) panel.open = false;
  var TYPES = { layer: "Layer", element: "Element", category: "Category", action: "Action", resource: "Resource" };
  var latest = 0;

  // ---- results without reloading: the page fetches itself and swaps the parts that change.
  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      // "preset" stays even when empty: it says the filters in the URL are the reader's choice.
      if (value !== "" || name === "preset") params.append(name, value);
    });
    return params.toString();
  }
  function update(url, focusResults, fallback) {
    var mine = ++latest;
    var focused = document.activeElement && document.activeElement.id;
    form.setAttribute("aria-busy", "true");
    fetch(url, { headers: { Accept: "text/html" }, credentials: "omit" }).then(function (response) {
      return response.text();
    }).then(function (html) {
      if (mine !== latest) return;
      var next = new DOMParser().parseFromString(html, "text/html");
      var parts = ["library-filters", "library-update"];
      for (var i = 0; i < parts.length; i++) {
        if (!next.getElementById(parts[i])) { fallback(); return; }
      }
      parts.forEach(function (id) {
        document.getElementById(id).replaceWith(document.importNode(next.getElementById(id), true));
      });
      // The live region itself stays: only its text changes, so it is announced.
      status.textContent = next.getElementById("library-status").textContent;
      document.title = next.title;
      if (history.replaceState) history.replaceState(null, "", url);
      form.removeAttribute("aria-busy");
      var again = focused && document.getElementById(focused);
      if (focusResults) document.getElementById("results-title").focus();
      else if (again && again !== document.activeElement) again.focus();
    }).catch(function () { if (mine === latest) fallback(); });
  }
  function run(focusResults) {
    var q = query();
    var url = form.getAttribute("action") + (q ? "?" + q : "");
    update(url, focusResults, function () { form.submit(); });
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); close(); run(false); });
  document.addEventListener("change", function (event) {
    var t = event.target;
    if (t.type === "checkbox" || t.id === "library-sort") run(false);
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".pager a, .did-you-mean a");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (link.closest(".did-you-mean")) input.value = link.textContent;
    update(link.getAttribute("href"), true, function () { location.href = link.href; });
  });

  // ---- suggestions as one types: the ARIA 1.2 combobox with a list box.
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  var active = -1;
  var timer = 0;
  var asked = 0;
  function options() { return list.querySelectorAll("[role=option]"); }
  function close() {
    list.hidden = true;
    list.textContent = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }
  function highlight(index) {
    var all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    for (var i = 0; i < all.length; i++) all[i].setAttribute("aria-selected", i === active ? "true" : "false");
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }
  function choose(option) {
    input.value = option.getAttribute("data-value");
    close();
    run(false);
  }
  function show(items) {
    list.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    items.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = "library-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-value", item.title);
      var title = document.createElement("span");
      title.textContent = item.title;
      var type = document.createElement("span");
      type.className = "type";
      type.textContent = TYPES[item.type] || item.type;
      li.appendChild(title);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(type);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(li); });
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
  }
  function suggest() {
    var typed = input.value.trim();
    var mine = ++asked;
    if (typed.length < 2) { close(); return; }
    fetch("/api/v1/search/suggestions?limit=8&q=" + encodeURIComponent(typed.slice(0, 200)),
        { headers: { Accept: "application/json" }, credentials: "omit" }).then(function (response) {
      return response.ok ? response.json() : { items: [] };
    }).then(function (answer) {
      if (mine === asked && document.activeElement === input) show(answer.items || []);
    }).catch(close);
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(suggest, 150); });
  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (open) highlight(active + 1); else suggest();
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      choose(options()[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 0); });
})();

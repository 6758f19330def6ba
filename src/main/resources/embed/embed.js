(function () {
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last && window.parent !== window) {
      last = height;
      window.parent.postMessage({ type: "e2e-embed:resize", height: height, url: location.href }, "*");
    }
  }
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if ("ResizeObserver" in window) { new ResizeObserver(post).observe(document.documentElement); }
  post();
})();

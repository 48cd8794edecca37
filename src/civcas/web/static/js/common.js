// Small shared helpers. Every piece of data is put into the page with textContent or
// setAttribute, never innerHTML, so hostile text from articles stays text.
(function () {
  "use strict";
  var GRADE_COLOURS = {
    confirmed: "#b2182b", fair: "#ef8a62", weak: "#999999",
    contested: "#67a9cf", discounted: "#2166ac"
  };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, String(attrs[k]));
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function fmtRange(r) {
    if (!r || (r.low === null && r.high === null)) return "unknown";
    if (r.low === null) return "up to " + r.high;
    if (r.high === null) return "at least " + r.low;
    return r.low === r.high ? String(r.low) : r.low + "–" + r.high;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (resp) {
        return resp.json().then(function (body) {
          if (!resp.ok) {
            var e = (body && body.error) || {};
            throw new Error((e.code || resp.status) + ": " + (e.message || "request failed"));
          }
          return body;
        });
      });
  }

  window.civcas = {
    el: el, fmtRange: fmtRange, getJSON: getJSON,
    gradeColour: function (g) { return GRADE_COLOURS[g] || "#555555"; }
  };
})();

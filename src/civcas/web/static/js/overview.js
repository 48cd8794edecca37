// Overview page: filters drive the map (Leaflet, country outlines from world-atlas, no tiles),
// the headline totals, the weekly timeline (uPlot) and the incident list, all via the JSON API.
(function () {
  "use strict";
  var C = window.civcas;
  var form = document.getElementById("filters");
  var mapEl = document.getElementById("map");
  var PAGE = 100;
  var listOffset = 0;
  var firstFit = true;
  var plot = null;

  var map = L.map(mapEl, { worldCopyJump: true, preferCanvas: false }).setView([31, 38], 4);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  var incidents = L.layerGroup().addTo(map);

  C.getJSON(mapEl.getAttribute("data-countries")).then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, {
      interactive: false,
      style: { color: "#9a9a9a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map).bringToBack();
  }).catch(function (e) { console.warn("outlines:", e.message); });

  // ---------------------------------------------------------------- filters <-> URL
  function params() {
    var p = new URLSearchParams();
    new FormData(form).forEach(function (v, k) {
      v = String(v).trim();
      if (v) p.append(k, v);
    });
    return p;
  }

  function restore() {
    var p = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name) return;
      if (input.type === "checkbox") {
        input.checked = p.getAll(input.name).indexOf(input.value) >= 0;
      } else if (p.has(input.name)) {
        input.value = p.get(input.name);
      }
    });
  }

  function withParams(path, p, extra) {
    var q = new URLSearchParams(p);
    Object.keys(extra || {}).forEach(function (k) { q.set(k, extra[k]); });
    var s = q.toString();
    return s ? path + "?" + s : path;
  }

  // ---------------------------------------------------------------- map
  function radius(props) {
    var k = props.civilians_killed || {};
    var n = k.high !== null && k.high !== undefined ? k.high : (k.low || 0);
    // area grows with deaths, but capped: neighbouring markers must stay distinguishable
    return Math.min(20, 3 + 1.4 * Math.sqrt(n));
  }

  function popup(props) {
    var box = C.el("div", { "class": "popup" });
    var a = C.el("a", { href: "/incidents/" + encodeURIComponent(props.id) },
                 (props.date || "undated") + " · " + (props.place || "unknown place"));
    box.appendChild(a);
    box.appendChild(C.el("div", null, "Civilians killed: " + C.fmtRange(props.civilians_killed)));
    box.appendChild(C.el("div", null, "Grade: " + (props.grade || "ungraded") +
                                      " · perpetrator: " + (props.perpetrator || "unknown")));
    return box;
  }

  function drawMap(fc) {
    incidents.clearLayers();
    var bounds = [];
    fc.features.forEach(function (f) {
      var p = f.properties;
      var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      var colour = C.gradeColour(p.grade);
      if (p.radius_km && p.place_precision !== "exact") {
        L.circle(ll, {
          radius: p.radius_km * 1000, color: colour, weight: 1, dashArray: "4 4",
          fill: false, interactive: false, className: "precision-circle"
        }).addTo(incidents);
      }
      L.circleMarker(ll, {
        radius: radius(p), color: "#333", weight: 1, fillColor: colour, fillOpacity: 0.75,
        className: "incident-marker grade-" + (p.grade || "none")
      }).bindPopup(function () { return popup(p); }).addTo(incidents);
      bounds.push(ll);
    });
    var un = document.getElementById("unlocated");
    var notes = [];
    if (fc.total > fc.features.length + fc.unlocated) {
      notes.push("the map shows the " + (fc.features.length + fc.unlocated) +
                 " deadliest of " + fc.total + " matching incidents");
    }
    if (fc.unlocated) notes.push(fc.unlocated + " without coordinates");
    un.textContent = notes.length ? " · " + notes.join(" · ") : "";
    mapEl.setAttribute("data-markers", String(fc.features.length));
    if (bounds.length && firstFit) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 });
      firstFit = false;
    }
  }

  // ---------------------------------------------------------------- totals
  function drawTotals(t) {
    var k = t.civilians_killed || { low: 0, high: 0 };
    var text = k.low === k.high ? String(k.low) : k.low + "–" + k.high;
    document.getElementById("total-killed").textContent = text;
    document.getElementById("total-best").textContent = String(k.best);
    document.getElementById("total-incidents").textContent = String(t.counted_incidents || 0);
    document.getElementById("total-all").textContent = String(t.incidents || 0);
    var by = t.by_grade || {};
    document.getElementById("by-grade").textContent = Object.keys(by).sort().map(function (g) {
      return g + " " + by[g];
    }).join(" · ");
  }

  // ---------------------------------------------------------------- timeline
  function drawTimeline(all, headline) {
    var weeks = {};
    function add(items, lo, hi) {
      items.forEach(function (w) {
        var t = Math.floor(Date.parse(w.week) / 1000);
        if (isNaN(t)) return;
        var row = weeks[t] || (weeks[t] = [null, null, null, null]);
        row[lo] = w.low; row[hi] = w.high;
      });
    }
    add(all.items, 0, 1);
    add(headline.items, 2, 3);
    var known = Object.keys(weeks).map(Number).sort(function (a, b) { return a - b; });
    // every week between the first and the last, so that quiet weeks show as zero
    var xs = [];
    var WEEK = 7 * 86400;
    if (known.length) {
      // one week past the last, so that the last step is drawn
      for (var x = known[0]; x <= known[known.length - 1] + WEEK + 3600 && xs.length < 5000;
           x += WEEK) {
        xs.push(x);
      }
    }
    var data = [xs, [], [], [], []];
    xs.forEach(function (x) {
      var hit = null;
      for (var d = -7200; d <= 7200 && !hit; d += 3600) hit = weeks[x + d] || null;  // DST
      for (var i = 0; i < 4; i++) data[i + 1].push(hit && hit[i] !== null ? hit[i] : 0);
    });
    var box = document.getElementById("timeline");
    box.setAttribute("data-weeks", String(xs.length));
    if (plot) { plot.destroy(); plot = null; }
    if (!xs.length) { box.textContent = "No dated incidents match."; return; }
    box.textContent = "";
    var step = uPlot.paths && uPlot.paths.stepped ? uPlot.paths.stepped({ align: 1 }) : undefined;
    var span = [xs[0] - WEEK, xs[xs.length - 1] + WEEK];
    plot = new uPlot({
      width: Math.max(300, box.clientWidth || 500), height: 260,
      scales: { x: { time: true, range: function () { return span; } } },
      series: [
        { label: "week" },
        { label: "all: low", stroke: "#888", width: 1, paths: step, points: { show: false } },
        { label: "all: high", stroke: "#888", width: 1, dash: [4, 4], paths: step, points: { show: false } },
        { label: "fair+confirmed: low", stroke: "#b2182b", width: 2, paths: step, points: { show: false } },
        { label: "fair+confirmed: high", stroke: "#b2182b", width: 2, dash: [4, 4], paths: step, points: { show: false } }
      ],
      axes: [{}, { label: "civilian deaths" }],
      legend: { live: false }  // series names only (live values read "--" off the cursor)
    }, data, box);
  }

  // ---------------------------------------------------------------- list
  function drawList(page, append) {
    var tbody = document.querySelector("#incident-list tbody");
    if (!append) tbody.textContent = "";
    page.items.forEach(function (i) {
      var tr = C.el("tr", { "data-id": i.id });
      var td = C.el("td");
      td.appendChild(C.el("a", { href: "/incidents/" + encodeURIComponent(i.id) }, i.date || "undated"));
      tr.appendChild(td);
      tr.appendChild(C.el("td", null, (i.place || "unknown") + (i.country ? " (" + i.country + ")" : "")));
      tr.appendChild(C.el("td", null, i.perpetrator || "unknown"));
      var g = C.el("td");
      g.appendChild(C.el("span", { "class": "badge g-" + (i.grade || "none") }, i.grade || "ungraded"));
      tr.appendChild(g);
      tr.appendChild(C.el("td", { "class": "num" }, C.fmtRange(i.civilians_killed)));
      tr.appendChild(C.el("td", { "class": "num" }, i.sources));
      tbody.appendChild(tr);
    });
    if (!append && !page.items.length) {
      tbody.appendChild(C.el("tr", null)).appendChild(
        C.el("td", { colspan: "6", "class": "muted" }, "No incidents match these filters."));
    }
    document.getElementById("list-count").textContent = "(" + page.total + ")";
    var more = document.getElementById("more");
    more.hidden = page.offset + page.items.length >= page.total;
  }

  function showError(e) {
    document.getElementById("list-count").textContent = "— " + e.message;
  }

  function load() {
    var p = params();
    var q = p.toString();
    history.replaceState(null, "", q ? "?" + q : window.location.pathname);
    listOffset = 0;
    C.getJSON(withParams("/api/incidents.geojson", p, { limit: 1000, order: "killed" })).then(drawMap).catch(showError);
    C.getJSON(withParams("/api/incidents", p, { limit: PAGE, order: "-date" }))
      .then(function (pg) { drawList(pg, false); }).catch(showError);
    C.getJSON(withParams("/api/totals", p)).then(drawTotals).catch(showError);
    Promise.all([
      C.getJSON(withParams("/api/timeline", p, { headline: "false" })),
      C.getJSON(withParams("/api/timeline", p, { headline: "true" }))
    ]).then(function (r) { drawTimeline(r[0], r[1]); }).catch(showError);
  }

  document.getElementById("more").addEventListener("click", function () {
    listOffset += PAGE;
    C.getJSON(withParams("/api/incidents", params(), { limit: PAGE, offset: listOffset, order: "-date" }))
      .then(function (pg) { drawList(pg, true); }).catch(showError);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  form.addEventListener("change", function (ev) {
    if (ev.target.type === "checkbox" || ev.target.tagName === "SELECT" || ev.target.type === "date") load();
  });
  form.addEventListener("reset", function () { setTimeout(load, 0); });
  restore();
  load();
})();

// Claimant / perpetrator page: every running tally series over time in one uPlot chart.
(function () {
  "use strict";
  var C = window.civcas;
  var box = document.getElementById("tally-chart");
  if (!box) return;
  var PALETTE = ["#b2182b", "#2166ac", "#1b7837", "#762a83", "#e08214", "#555555"];
  var q = new URLSearchParams();
  q.set(box.getAttribute("data-kind"), box.getAttribute("data-name"));

  C.getJSON("/api/tallies?" + q.toString()).then(function (body) {
    var tables = [];
    var series = [{}];
    body.items.forEach(function (s, i) {
      var pts = s.points.slice().sort(function (a, b) { return a.date < b.date ? -1 : 1; });
      var xs = [], ys = [];
      pts.forEach(function (p) {
        var t = Math.floor(Date.parse(p.date) / 1000);
        var v = p.high !== null ? p.high : p.low;
        if (isNaN(t) || v === null) return;
        if (xs.length && xs[xs.length - 1] === t) { ys[ys.length - 1] = v; return; }
        xs.push(t); ys.push(v);
      });
      if (!xs.length) return;
      tables.push([xs, ys]);
      var who = s.claimant ? s.claimant.name : "unattributed";
      var about = s.perpetrator ? " on " + s.perpetrator.name : "";
      series.push({
        label: who + about + ": " + s.group + " " + s.outcome,
        stroke: PALETTE[(series.length - 1) % PALETTE.length], width: 2,
        points: { show: true }, spanGaps: true
      });
    });
    box.setAttribute("data-series", String(tables.length));
    if (!tables.length) { box.textContent = "No dated tally points."; return; }
    var data = tables.length === 1 ? tables[0] : uPlot.join(tables);
    var xs = data[0];
    var pad = Math.max(7 * 86400, (xs[xs.length - 1] - xs[0]) * 0.03);
    var span = [xs[0] - pad, xs[xs.length - 1] + pad];
    new uPlot({
      width: Math.max(320, box.clientWidth || 700), height: 300, series: series,
      scales: { x: { time: true, range: function () { return span; } },
                y: { range: function (u, lo, hi) { return [0, Math.max(10, hi * 1.1)]; } } },
      axes: [{}, { label: "count" }],
      legend: { live: false }  // series names only (live values read "--" off the cursor)
    }, data, box);
  }).catch(function (e) { box.textContent = "Could not load tallies: " + e.message; });
})();

// Draws the dashboard's charts from the data-* attributes of each canvas.chart (no inline script: the pages' CSP
// allows scripts from this service only), again after htmx swaps in fresh figures.
(function () {
  "use strict";
  const split = (s) => (s ? String(s).split("|").filter((x) => x !== "") : []);
  const numbers = (s) => split(s).map(Number);
  const charts = new Set();

  function draw(canvas) {
    if (typeof Chart === "undefined") {
      return;
    }
    const d = canvas.dataset;
    let config;
    if (d.type === "executors") {
      config = { type: "bar", data: { labels: split(d.labels), datasets: [
        { label: d.labelOpen, data: numbers(d.open), backgroundColor: "#006f8f" },
        { label: d.labelDue, data: numbers(d.due), backgroundColor: "#e0a100" },
        { label: d.labelOverdue, data: numbers(d.overdue), backgroundColor: "#b3261e" }] } };
    } else if (d.type === "states") {
      config = { type: "doughnut", data: { labels: split(d.labels), datasets: [{ data: numbers(d.values),
        backgroundColor: ["#006f8f", "#4f9fb8", "#e0a100", "#b3261e", "#6b7785", "#8fbf5a", "#a66cc1", "#d9dee4"] }] } };
    } else if (d.type === "ontime") {
      config = { type: "bar", data: { labels: split(d.labels), datasets: [{ label: "%", data: numbers(d.values),
        backgroundColor: ["#9bb3c0", "#006f8f"] }] }, options: { scales: { y: { min: 0, max: 100 } } } };
    } else {
      return;
    }
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { position: "bottom" } } }, config.options || {});
    charts.add(new Chart(canvas, config));
  }

  function drawAll(root) {
    // charts whose canvas htmx swapped out are destroyed, or their resize observers would pile up
    charts.forEach((c) => {
      if (!c.canvas || !c.canvas.isConnected) {
        c.destroy();
        charts.delete(c);
      }
    });
    (root || document).querySelectorAll("canvas.chart").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", () => drawAll(document));
  document.addEventListener("htmx:afterSettle", (e) => drawAll(e.target));
})();

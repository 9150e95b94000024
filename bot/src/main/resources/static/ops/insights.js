// The insights page: daily series drawn as small SVG line charts, breakdowns as tables. Every text
// goes in as a text node (gap examples are shoppers' words, masked by the server).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const percent = (v) => v == null ? "–" : `${(v * 100).toFixed(1)} %`;
const number = (v, digits = 1) => v == null ? "–" : Number(v).toFixed(digits);

const SERIES = [
  { title: "Containment (resolved by the bot alone)", value: (d) => d.containment, format: percent },
  { title: "Escalation rate", value: (d) => d.escalationRate, format: percent },
  { title: "Conversations", value: (d) => d.conversations, format: (v) => v ?? "–" },
  { title: "Time to first human reply, p90 (s)", value: (d) => d.firstHumanReplyP90Seconds, format: (v) => number(v, 0) },
  { title: "CSAT average (1–5)", value: (d) => d.csatAverage, format: (v) => number(v, 2) },
  { title: "CSAT response rate", value: (d) => d.csatResponseRate, format: percent },
  { title: "Returns auto-approved", value: (d) => d.returnsAutoApproved, format: (v) => v ?? "–" },
  { title: "Request to refund, p50 (h)", value: (d) => d.refundCycleP50Hours, format: (v) => number(v, 1) },
];

function line(values) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 300 100");
  svg.setAttribute("preserveAspectRatio", "none");
  const points = values.map((v, i) => [i, v]).filter(([, v]) => v != null);
  if (points.length === 0) return svg;
  const max = Math.max(...points.map(([, v]) => v), 1e-9);
  const x = (i) => values.length === 1 ? 150 : (i / (values.length - 1)) * 290 + 5;
  const y = (v) => 95 - (v / max) * 85;
  const path = document.createElementNS(SVG, "polyline");
  path.setAttribute("points", points.map(([i, v]) => `${x(i)},${y(v)}`).join(" "));
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "#e8423f");
  path.setAttribute("stroke-width", "2");
  svg.append(path);
  points.forEach(([i, v]) => {
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("cx", x(i)); dot.setAttribute("cy", y(v)); dot.setAttribute("r", "2.5"); dot.setAttribute("fill", "#e8423f");
    const tip = document.createElementNS(SVG, "title");
    tip.textContent = String(v);
    dot.append(tip);
    svg.append(dot);
  });
  return svg;
}

function table(node, head, rows) {
  node.replaceChildren(el("tr", {}, head.map((h) => el("th", {}, h))), ...rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c)))));
}

async function show(from, to) {
  const query = new URLSearchParams();
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  const shop = $("#period [name=shop]").value;
  const report = await api("GET", `/api/ops/insights?${query}${shop ? `&shop=${encodeURIComponent(shop)}` : ""}`);
  $("#csv").href = `/api/ops/insights/daily.csv?shop=${encodeURIComponent(report.shopId)}&from=${report.from}&to=${report.to}`;
  $("#period").elements.from.value = report.from;
  $("#period").elements.to.value = report.to;
  // Every day of the period on the x axis; a day without activity has no point.
  const byDay = new Map(report.days.map((d) => [d.day, d]));
  const calendar = [];
  for (let day = new Date(`${report.from}T00:00:00Z`); day <= new Date(`${report.to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    calendar.push(byDay.get(day.toISOString().slice(0, 10)) || null);
  }
  $("#charts").replaceChildren(...SERIES.map((series) => {
    const values = calendar.map((d) => d ? series.value(d) : null);
    const latest = [...values].reverse().find((v) => v != null);
    return el("div", { class: "chart", "data-series": series.title },
      el("h3", {}, series.title), el("div", { class: "latest" }, series.format(latest)), line(values),
      el("small", {}, `${report.from} → ${report.to}`));
  }));
  table($("#by-channel"), ["channel", "conversations", "containment"],
    report.byChannel.map((s) => [s.key, s.conversations, percent(s.containment)]));
  table($("#by-language"), ["language", "conversations", "containment"],
    report.byLanguage.map((s) => [s.key, s.conversations, percent(s.containment)]));
  const reasons = {};
  report.days.forEach((d) => Object.entries(d.escalationsByReason).forEach(([k, v]) => { reasons[k] = (reasons[k] || 0) + v; }));
  table($("#by-reason"), ["reason", "escalations"], Object.entries(reasons).sort((a, b) => b[1] - a[1]));
  table($("#top-entries"), ["entry", "answers"], report.topEntries.map((c) => [
    el("a", { href: `/ops/kb#shop=${encodeURIComponent($("#period [name=shop]").value)}&answered=${encodeURIComponent(c.key)}`, title: "Read the questions it answered and mark wrong answers" }, c.key), c.count]));
  table($("#top-gaps"), ["question", "asked", "language"], report.topGaps.map((g) => [g.representative, g.count, g.language]));
  say(`${report.from} → ${report.to} (${report.timeZone}): days with activity: ${report.days.length}.`);
}

$("#period").addEventListener("submit", guarded((event) => {
  event.preventDefault();
  return show(event.target.elements.from.value, event.target.elements.to.value);
}));

(async function start() {
  try {
    await signIn();
    await fillShopPickers();
    await show();
  } catch (error) {
    say(error.message, true);
  }
})();

// The insights page: daily series drawn as small SVG charts (counts as bars, rates and times as
// lines) over every day of the period with its dates on the axis, breakdowns as tables. Every text
// goes in as a text node (gap examples are shoppers' words, masked by the server).
"use strict";

const SVG = "http://www.w3.org/2000/svg";

// Each series: its value on a day, how it is written (a parameter for t / valueNode) and whether it
// counts things (a day without activity counted none) or measures them (a day without activity has
// no value).
const SERIES = [
  { id: "Containment", value: (d) => d.containment, param: (v) => ({ percent: v, digits: 1 }) },
  { id: "EscalationRate", value: (d) => d.escalationRate, param: (v) => ({ percent: v, digits: 1 }) },
  { id: "Conversations", value: (d) => d.conversations, param: (v) => ({ number: v, digits: 0 }), counts: true },
  { id: "FirstHumanReply", value: (d) => d.firstHumanReplyP90Seconds, param: (v) => ({ duration: v }) },
  { id: "CsatAverage", value: (d) => d.csatAverage, param: (v) => ({ number: v, digits: 2 }) },
  { id: "CsatResponseRate", value: (d) => d.csatResponseRate, param: (v) => ({ percent: v, digits: 1 }) },
  { id: "ReturnsAutoApproved", value: (d) => d.returnsAutoApproved, param: (v) => ({ number: v, digits: 0 }), counts: true },
  { id: "RefundCycle", value: (d) => d.refundCycleP50Hours, param: (v) => ({ duration: v == null ? null : v * 3600 }) },
];

const insights = { report: null };

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  return node;
}

// Up to five days to name on the axis, evenly spread; every day of a short period.
function ticks(count) {
  if (count <= 7) return [...Array(count).keys()];
  return [...new Set([0, 1, 2, 3, 4].map((i) => Math.round((i * (count - 1)) / 4)))];
}

function chart(series, days) {
  const values = days.map((d) => (d.figures ? series.value(d.figures) : (series.counts ? 0 : null)));
  const known = values.map((v, i) => [i, v]).filter(([, v]) => v != null);
  const max = Math.max(...known.map(([, v]) => v), 0);
  const top = max > 0 ? max : 1;
  const n = days.length;
  const x = (i) => (n === 1 ? 150 : 6 + (i / (n - 1)) * 288);
  const y = (v) => 94 - (v / top) * 84;
  const plot = svg("svg", { viewBox: "0 0 300 100", preserveAspectRatio: "none", role: "img" });
  plot.append(svg("line", { x1: 0, x2: 300, y1: 94, y2: 94, class: "baseline" }));
  if (series.counts) {
    const width = Math.max(1.5, Math.min(24, (288 / n) * 0.7));
    known.forEach(([i, v]) => {
      const bar = svg("rect", { x: x(i) - width / 2, y: y(v), width, height: Math.max(94 - y(v), v > 0 ? 1 : 0), class: "bar" });
      bar.append(Object.assign(svg("title", {}), { textContent: `${days[i].day}: ${formatParam(series.param(v))}` }));
      plot.append(bar);
    });
  } else {
    // A line through the days with a value, broken where a day has none.
    let segment = [];
    const draw = () => {
      if (segment.length > 1) plot.append(svg("polyline", { points: segment.map(([i, v]) => `${x(i)},${y(v)}`).join(" "), class: "line" }));
      segment = [];
    };
    values.forEach((v, i) => { if (v == null) draw(); else segment.push([i, v]); });
    draw();
    if (known.length === 1) {
      // One day of data: a guide at its level, so the dot reads as a value, not as a stray mark.
      const [, v] = known[0];
      plot.append(svg("line", { x1: 0, x2: 300, y1: y(v), y2: y(v), class: "guide" }));
    }
    known.forEach(([i, v]) => {
      const dot = svg("circle", { cx: x(i), cy: y(v), r: n > 45 ? 1.2 : 2.5, class: "dot" });
      dot.append(Object.assign(svg("title", {}), { textContent: `${days[i].day}: ${formatParam(series.param(v))}` }));
      plot.append(dot);
    });
  }
  const axis = el("div", { class: "x-axis" }, ...ticks(n).map((i) => {
    const label = valueNode("span", { shortDate: days[i].day });
    label.style.left = `${(x(i) / 300) * 100}%`;
    if (i === 0 && n > 1) label.classList.add("first");
    if (i === n - 1 && n > 1) label.classList.add("last");
    return label;
  }));
  return el("div", { class: "plot" },
    el("span", { class: "y-max", t: "insights.max", params: { value: series.param(max) } }), plot, axis);
}

function table(node, head, rows) {
  node.replaceChildren(el("tr", {}, head.map((key) => el("th", { t: key }))),
    ...rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c)))));
}

function draw(report) {
  const shop = $("#period [name=shop]").value;
  // Every day of the period; a day without activity has no figures.
  const byDay = new Map(report.days.map((d) => [d.day, d]));
  const days = [];
  for (let day = new Date(`${report.from}T00:00:00Z`); day <= new Date(`${report.to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    const iso = day.toISOString().slice(0, 10);
    days.push({ day: iso, figures: byDay.get(iso) || null });
  }
  $("#charts").replaceChildren(...SERIES.map((series) => {
    const latest = [...days].reverse().map((d) => (d.figures ? series.value(d.figures) : null)).find((v) => v != null);
    const oneDay = days.length === 1;
    const none = latest == null || (series.counts && days.every((d) => !d.figures || !series.value(d.figures)));
    return el("div", { class: `chart${oneDay ? " one-day" : ""}${none ? " no-data" : ""}`, "data-series": series.id },
      el("h3", { t: `insights.series.${series.id}` }),
      valueNode("div", latest == null ? { number: null } : series.param(latest), { class: "latest" }),
      none ? el("p", { class: "hint", t: "insights.noData" })
        : oneDay ? el("p", { class: "hint", t: "insights.oneDay" }) : chart(series, days),
      el("small", { t: "insights.range", params: { range: { dateRange: [report.from, report.to] } } }));
  }));
  table($("#by-channel"), ["insights.col.channel", "insights.col.conversations", "insights.col.containment"],
    report.byChannel.map((s) => [wordNode("channel", s.key), valueNode("span", { number: s.conversations }),
      valueNode("span", { percent: s.containment, digits: 1 })]));
  table($("#by-language"), ["insights.col.language", "insights.col.conversations", "insights.col.containment"],
    report.byLanguage.map((s) => [wordNode("language", s.key), valueNode("span", { number: s.conversations }),
      valueNode("span", { percent: s.containment, digits: 1 })]));
  const reasons = {};
  report.days.forEach((d) => Object.entries(d.escalationsByReason).forEach(([k, v]) => { reasons[k] = (reasons[k] || 0) + v; }));
  table($("#by-reason"), ["insights.col.reason", "insights.col.escalations"],
    Object.entries(reasons).sort((a, b) => b[1] - a[1]).map(([reason, count]) => [wordNode("escalationReason", reason),
      valueNode("span", { number: count })]));
  table($("#top-entries"), ["insights.col.entry", "insights.col.answers"], report.topEntries.map((c) => [
    el("a", { href: `/ops/kb#shop=${encodeURIComponent(shop)}&answered=${encodeURIComponent(c.key)}`,
      "data-i18n-title": "insights.entryLink", title: t("insights.entryLink") }, c.key), valueNode("span", { number: c.count })]));
  table($("#top-gaps"), ["insights.col.question", "insights.col.asked", "insights.col.language"],
    report.topGaps.map((g) => [g.representative, valueNode("span", { number: g.count }), wordNode("language", g.language)]));
  say("insights.period", { from: report.from, to: report.to, zone: report.timeZone, days: String(report.days.length) });
}

async function show(from, to) {
  const query = new URLSearchParams();
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  const shop = $("#period [name=shop]").value;
  const report = await api("GET", `/api/ops/insights?${query}${shop ? `&shop=${encodeURIComponent(shop)}` : ""}`);
  insights.report = report;
  $("#csv").href = `/api/ops/insights/daily.csv?shop=${encodeURIComponent(report.shopId)}&from=${report.from}&to=${report.to}`;
  $("#period").elements.from.value = report.from;
  $("#period").elements.to.value = report.to;
  draw(report);
}

$("#period").addEventListener("submit", guarded((event) => {
  event.preventDefault();
  return show(event.target.elements.from.value, event.target.elements.to.value);
}));

// The charts' tooltips and axis positions are drawn in the language: drawn again.
onLanguageChange(() => { if (insights.report) draw(insights.report); });

(async function start() {
  try {
    await signIn();
    await fillShopPickers();
    await show();
  } catch (error) {
    sayError(error);
  }
})();

// Returns ops page: cases by state with their age, a case's history and the decisions staff
// take on it, the shop's approval rules (YAML, versioned) and a dry run against them.
"use strict";

const returns = { selected: null, rulesVersion: 0, ready: null };

function age(since) {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(since).getTime()) / 60000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}

let casesAsked = 0;

async function loadCases() {
  const filter = $("#case-filter").state.value;
  const asked = ++casesAsked;
  const cases = await api("GET", "/api/agent/returns" + (filter ? `?state=${encodeURIComponent(filter)}` : ""));
  // An earlier, slower answer (the page's first list) must not replace the one asked for since.
  if (asked !== casesAsked) return;
  $("#cases tbody").replaceChildren(...cases.map((c) => el("tr", { "data-id": c.id, onclick: () => showCase(c.id) },
    el("td", { class: `state-${c.state}` }, c.state), el("td", {}, c.kind), el("td", {}, c.shopperId),
    el("td", {}, `${c.title} ×${c.quantity}`), el("td", {}, `${c.amount} ${c.currency}`), el("td", {}, age(c.updatedAt)))));
  const summary = await api("GET", "/api/ops/returns/summary");
  $("#summary").textContent = Object.entries(summary).map(([state, n]) => `${state} ${n}`).join(" · ");
}

async function showCase(id) {
  const c = await api("GET", `/api/agent/returns/${id}`);
  returns.selected = c;
  $("#case-detail").hidden = false;
  $("#case-title").textContent = `${c.kind} · ${c.orderId} line ${c.lineNumber} · ${c.title} ×${c.quantity} · ${c.state}`;
  $("#case-decision").textContent = c.decision
    ? `${c.decision.outcome} (${c.decision.rules.join(", ") || "no rule fired"}): ${c.decision.reasonZh} / ${c.decision.reasonEn}`
    : "Not decided yet.";
  $("#case-history tbody").replaceChildren(...c.history.map((h) => el("tr", {},
    el("td", {}, new Date(h.at).toLocaleString()), el("td", {}, `${h.actor.type} ${h.actor.name}`),
    el("td", {}, h.event ?? "opened"), el("td", {}, `${h.from ?? ""} → ${h.to}`), el("td", {}, h.reason ?? ""))));
}

async function decide(event) {
  event.preventDefault();
  const outcome = event.submitter.value;
  await api("POST", `/api/agent/returns/${returns.selected.id}/decision`, { outcome, reason: $("#decide").reason.value });
  say(`Case ${outcome === "APPROVE" ? "approved" : "rejected"}.`);
  await showCase(returns.selected.id);
  await loadCases();
}

async function inspect(event) {
  event.preventDefault();
  const passed = event.submitter.value === "true";
  await api("POST", `/api/agent/returns/${returns.selected.id}/inspection`, { passed, note: $("#inspect").note.value });
  say(passed ? "Inspection passed." : "Inspection failed: the case waits for a person.");
  await showCase(returns.selected.id);
  await loadCases();
}

async function loadRules() {
  const form = $("#rules-form");
  const rules = await api("GET", `/api/ops/returns/rules?shopId=${encodeURIComponent(form.shopId.value)}`);
  form.yaml.value = rules.yaml;
  returns.rulesVersion = rules.version;
  $("#rules-version").textContent = rules.version === 0 ? "0 (built-in defaults)" : String(rules.version);
  const versions = await api("GET", `/api/ops/returns/rules/versions?shopId=${encodeURIComponent(form.shopId.value)}`);
  $("#rule-versions").replaceChildren(...versions.map((v) =>
    el("li", {}, `v${v.version} · ${new Date(v.savedAt).toLocaleString()} · ${v.author}${v.note ? " · " + v.note : ""}`)));
}

async function saveRules(event) {
  event.preventDefault();
  const form = event.target;
  const saved = await api("PUT", "/api/ops/returns/rules", {
    shopId: form.shopId.value, basedOnVersion: returns.rulesVersion, yaml: form.yaml.value, note: form.note.value || null,
  });
  say(`Saved as version ${saved.version}.`);
  await loadRules();
}

async function dryRun(event) {
  event.preventDefault();
  const form = event.target;
  const number = (name) => (form[name].value === "" ? null : Number(form[name].value));
  const request = {
    kind: form.kind.value, reason: form.reason.value, category: form.category.value, unitPrice: number("unitPrice"),
    quantity: number("quantity"), orderAgeDays: number("orderAgeDays"), deliveredDaysAgo: number("deliveredDaysAgo"),
    photos: number("photos") ?? 0, membershipTier: form.membershipTier.value || null,
    returnsLast30Days: number("returnsLast30Days") ?? 0, replacementInStock: number("replacementInStock"),
  };
  const yaml = form.useDraft.checked ? $("#rules-form").yaml.value : null;
  const decision = await api("POST", "/api/ops/returns/rules/dry-run", { shopId: form.shopId.value, request, yaml });
  const fired = decision.findings.map((f) => `${f.ruleId} → ${f.outcome}`);
  $("#dry-run-result").replaceChildren(el("strong", { id: "dry-run-outcome" }, decision.outcome),
    el("p", {}, decision.reason.zh), el("p", {}, decision.reason.en),
    el("p", {}, fired.length ? `Rules that fired: ${fired.join(", ")}` : "No rule fired."),
    decision.keepItem ? el("p", {}, "The shopper keeps the item.") : "");
}

function showTab(name) {
  document.querySelectorAll(".tab").forEach((tab) => { tab.hidden = tab.id !== `tab-${name}`; });
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  // The shop pickers fill in after sign-in; rules read before that would be the wrong shop's.
  if (name === "rules" && !$("#rules-form").yaml.value) returns.ready.then(guarded(loadRules));
}

async function start() {
  returns.ready = signIn().then(fillShopPickers);
  document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  $("#case-filter").addEventListener("submit", guarded((e) => { e.preventDefault(); return loadCases(); }));
  $("#decide").addEventListener("submit", guarded(decide));
  $("#inspect").addEventListener("submit", guarded(inspect));
  $("#load-rules").addEventListener("click", guarded(loadRules));
  $("#rules-form").addEventListener("submit", guarded(saveRules));
  $("#dry-run-form").addEventListener("submit", guarded(dryRun));
  await returns.ready;
  await loadCases();
}

start().catch((error) => say(error.message, true));

// Returns ops page: cases by state with their age, a case's history and the decisions staff
// take on it (only those its state accepts, as the server says), the shop's approval rules (YAML,
// versioned) and a dry run against them.
"use strict";

const returns = { selected: null, rulesVersion: 0, ready: null };

let casesAsked = 0;

async function loadCases() {
  const filter = $("#case-filter").state.value;
  const asked = ++casesAsked;
  const cases = await api("GET", "/api/agent/returns" + (filter ? `?state=${encodeURIComponent(filter)}` : ""));
  // An earlier, slower answer (the page's first list) must not replace the one asked for since.
  if (asked !== casesAsked) return;
  $("#cases tbody").replaceChildren(...cases.map((c) => el("tr", { "data-id": c.id, onclick: guarded(() => showCase(c.id)) },
    el("td", { class: `state-${c.state}`, "data-i18n-label": "returns.col.state" }, wordNode("state", c.state)),
    el("td", { "data-i18n-label": "returns.col.kind" }, wordNode("kind", c.kind)),
    el("td", { "data-i18n-label": "returns.col.shopper" }, c.shopperId),
    el("td", { "data-i18n-label": "returns.col.item" }, `${c.title} ×${c.quantity}`),
    valueNode("td", { money: c.amount, currency: c.currency }, { class: "amount", "data-i18n-label": "returns.col.amount" }),
    valueNode("td", { since: c.updatedAt }, { "data-i18n-label": "returns.col.unchanged" }))));
  applyWords($("#cases tbody"));
  const summary = await api("GET", "/api/ops/returns/summary");
  $("#summary").replaceChildren(...Object.entries(summary).flatMap(([state, count], i) => [
    i ? " · " : "", el("span", { t: "returns.summaryItem", params: { state: { key: `state.${state}` }, count } })]));
}

// A rule as staff read it: its name in their language (the server gives it in zh-Hans, zh-Hant and
// en; a dry run's rule set as written: zh, zh-Hant, en), else its id in words, never the YAML id.
function ruleName(names, id) {
  const order = { "zh-Hans": ["zh-Hans", "zh", "zh-Hant", "en"], "zh-Hant": ["zh-Hant", "zh", "zh-Hans", "en"], en: ["en"] }[i18n.language] || ["en"];
  const named = names && order.map((language) => names[language]).find(Boolean);
  if (named) return named;
  const words = String(id).replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// A history entry's reason: the shopper's reason when the case was opened, the rules' decision
// when they were applied (kept with the line: said in the staff member's language; lines written
// before that hold "APPROVE [rule, …] why" in Simplified Chinese), else the words given.
function historyReason(entry) {
  const reason = entry.reason;
  if (entry.decision) {
    const decided = decisionText(entry.decision);
    return el("span", { class: "history-decision", t: decided.key, params: decided.params });
  }
  if (reason && (STAFF_WORDS.en || {})[`reason.${reason}`]) return wordNode("reason", reason);
  const decided = /^(APPROVE|REVIEW|REJECT)(?: \[([^\]]*)\])? ?(.*)$/s.exec(reason || "");
  if (decided && decided[2] !== undefined) {
    const rules = decided[2].split(",").map((id) => id.trim()).filter(Boolean).map((id) => ruleName(null, id));
    return el("span", { t: "returns.decision", params: { outcome: { key: `outcome.${decided[1]}` },
      rules: rules.length ? { list: rules } : { key: "returns.noRuleFired" }, reason: decided[3] } });
  }
  if (decided) {
    return el("span", { t: "returns.decisionByPerson", params: { outcome: { key: `outcome.${decided[1]}` }, reason: decided[3] } });
  }
  return reason ?? "";
}

function decisionText(decision) {
  if (!decision) return { key: "returns.notDecided" };
  const reason = { en: decision.reasonEn, "zh-Hant": decision.reasonZhHant || decision.reasonZh }[i18n.language] || decision.reasonZh;
  if (!decision.automated && !decision.rules.length) {
    return { key: "returns.decisionByPerson", params: { outcome: { key: `outcome.${decision.outcome}` }, reason } };
  }
  return { key: "returns.decision", params: { outcome: { key: `outcome.${decision.outcome}` },
    rules: decision.rules.length ? { list: decision.rules.map((id, i) => ruleName((decision.ruleNames || [])[i], id)) } : { key: "returns.noRuleFired" }, reason } };
}

// What staff may do to the case: the server says which actions its state accepts; only those are
// offered, and a case that waits on no one at the shop says so.
function showActions(c) {
  const actions = new Set(c.actions || []);
  document.querySelectorAll("#case-detail [data-action]").forEach((button) => { button.hidden = !actions.has(button.dataset.action); });
  $("#decide").hidden = !actions.has("APPROVE") && !actions.has("REJECT");
  $("#inspect").hidden = !actions.has("PASS_INSPECTION") && !actions.has("FAIL_INSPECTION");
  const none = $("#case-no-actions");
  none.hidden = actions.size > 0;
  if (actions.size === 0) setText(none, "returns.noActions", { state: { key: `state.${c.state}` } });
}

async function showCase(id) {
  const c = await api("GET", `/api/agent/returns/${id}`);
  returns.selected = c;
  $("#case-detail").hidden = false;
  const title = $("#case-title");
  setText(title, "returns.caseTitle", { kind: { key: `kind.${c.kind}` }, order: c.orderId, line: String(c.lineNumber),
    title: c.title, quantity: c.quantity, state: { key: `state.${c.state}` } });
  title.dataset.state = c.state;
  const decided = decisionText(c.decision);
  setText($("#case-decision"), decided.key, decided.params);
  showActions(c);
  Evidence.showCase($("#case-evidence"), c).catch((error) => sayError(error));
  showHistory(c);
}

function showHistory(c) {
  $("#case-history tbody").replaceChildren(...c.history.map((h) => el("tr", {},
    valueNode("td", { dateTime: h.at }, { "data-i18n-label": "returns.col.when" }),
    el("td", { "data-i18n-label": "returns.col.who" }, wordNode("actor", h.actor.type), " ", h.actor.name),
    el("td", { "data-i18n-label": "returns.col.event" }, h.event ? wordNode("event", h.event) : tr("returns.opened")),
    el("td", { "data-i18n-label": "returns.col.move" }, wordNode("state", h.from), " → ", wordNode("state", h.to)),
    el("td", { "data-i18n-label": "returns.col.why" }, historyReason(h)))));
  applyWords($("#case-history tbody"));
}

async function decide(event) {
  event.preventDefault();
  const outcome = event.submitter.value;
  await api("POST", `/api/agent/returns/${returns.selected.id}/decision`, { outcome, reason: $("#decide").reason.value });
  say(outcome === "APPROVE" ? "returns.approved" : "returns.rejected");
  $("#decide").reason.value = "";
  await showCase(returns.selected.id);
  await loadCases();
}

async function inspect(event) {
  event.preventDefault();
  const passed = event.submitter.value === "true";
  await api("POST", `/api/agent/returns/${returns.selected.id}/inspection`, { passed, note: $("#inspect").note.value });
  say(passed ? "returns.inspectionPassed" : "returns.inspectionFailed");
  await showCase(returns.selected.id);
  await loadCases();
}

async function loadRules() {
  const form = $("#rules-form");
  const rules = await api("GET", `/api/ops/returns/rules?shopId=${encodeURIComponent(form.shopId.value)}`);
  form.yaml.value = rules.yaml;
  returns.rulesVersion = rules.version;
  setText($("#rules-version"), rules.version === 0 ? "returns.rules.builtIn" : "common.value", { value: rules.version });
  const versions = await api("GET", `/api/ops/returns/rules/versions?shopId=${encodeURIComponent(form.shopId.value)}`);
  $("#rule-versions").replaceChildren(...versions.map((v) => el("li", { t: v.note ? "returns.rules.versionNoted" : "returns.rules.versionLine",
    params: { version: v.version, at: { dateTime: v.savedAt }, author: v.author, note: v.note || "" } })));
}

// Rules that cannot be read: the status line says where and why; the editor shows the line.
function showRuleError(error) {
  sayError(error);
  const line = error.problem && error.problem.line;
  const editor = $("#rules-form").yaml;
  if (!line || $("#tab-rules").hidden) return;
  const lines = editor.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(start, start + (lines[line - 1] || "").length);
  editor.scrollTop = Math.max(0, (line - 5) * (editor.scrollHeight / Math.max(lines.length, 1)));
}

async function saveRules(event) {
  event.preventDefault();
  const form = event.target;
  try {
    const saved = await api("PUT", "/api/ops/returns/rules", {
      shopId: form.shopId.value, basedOnVersion: returns.rulesVersion, yaml: form.yaml.value, note: form.note.value || null,
    });
    say("returns.rules.saved", { version: saved.version });
  } catch (error) {
    showRuleError(error);
    return;
  }
  await loadRules();
}

async function dryRun(event) {
  event.preventDefault();
  const form = event.target;
  const result = $("#dry-run-result");
  // A run that fails leaves nothing of the last one on the page.
  result.replaceChildren();
  const number = (name) => (form[name].value === "" ? null : Number(form[name].value));
  const request = {
    kind: form.kind.value, reason: form.reason.value, category: form.category.value, unitPrice: number("unitPrice"),
    quantity: number("quantity"), orderAgeDays: number("orderAgeDays"), deliveredDaysAgo: number("deliveredDaysAgo"),
    photos: number("photos") ?? 0, membershipTier: form.membershipTier.value || null,
    returnsLast30Days: number("returnsLast30Days") ?? 0, replacementInStock: number("replacementInStock"),
  };
  const yaml = form.useDraft.checked ? $("#rules-form").yaml.value : null;
  let decision;
  try {
    decision = await api("POST", "/api/ops/returns/rules/dry-run", { shopId: form.shopId.value, request, yaml });
  } catch (error) {
    sayError(error);
    const said = problemWords(error);
    result.replaceChildren(el("p", { id: "dry-run-error", class: "error", t: said.key, params: said.params }));
    return;
  }
  const fired = decision.findings.map((f) => ({ key: "returns.dry.finding", params: { rule: ruleName(f.name, f.ruleId), outcome: { key: `outcome.${f.outcome}` } } }));
  const reason = { en: decision.reason.en, "zh-Hant": decision.reason["zh-Hant"] || decision.reason.zh }[i18n.language] || decision.reason.zh;
  result.replaceChildren(el("strong", { id: "dry-run-outcome", "data-outcome": decision.outcome, t: `outcome.${decision.outcome}` }),
    el("p", {}, reason),
    fired.length ? el("p", { t: "returns.dry.fired", params: { rules: { list: fired } } }) : el("p", { t: "returns.noRuleFired" }),
    decision.keepItem ? el("p", { t: "returns.dry.keepItem" }) : "");
  say("returns.dry.done", { outcome: { key: `outcome.${decision.outcome}` } });
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
  // The decision's reason is in the rules' language: shown again in the new one.
  onLanguageChange(() => {
    if (returns.selected) {
      const decided = decisionText(returns.selected.decision);
      setText($("#case-decision"), decided.key, decided.params);
      showHistory(returns.selected);
    }
  });
  await returns.ready;
  await loadCases();
}

start().catch((error) => sayError(error));

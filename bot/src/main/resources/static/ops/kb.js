// Ops page of the knowledge base: a thin client of /api/ops/kb. Every text from the server is put
// into the page with textContent (never innerHTML): entries and gaps hold what shoppers typed. The
// page's own words are the staff member's language's (t, data-i18n).
"use strict";

const state = { entry: null, page: 1 };

// The shop whose knowledge base the page shows (each shop has its own): every call names it.
function kbPath(path) {
  const shop = $("#kb-shop").value;
  return shop ? `${path}${path.includes("?") ? "&" : "?"}shop=${encodeURIComponent(shop)}` : path;
}

function kbApi(method, path, ...rest) {
  return api(method, kbPath(path), ...rest);
}

// Another shop: nothing of the last one's stays on the page.
async function switchShop() {
  state.entry = null;
  $("#editor").hidden = true;
  state.page = 1;
  ["#try-reply", "#try-trace", "#try-matches tbody"].forEach((selector) => $(selector).replaceChildren());
  $("#export-jsonl").href = kbPath("/api/ops/kb/export?format=jsonl");
  $("#export-csv").href = kbPath("/api/ops/kb/export?format=csv");
  await loadEntries();
  const active = document.querySelector("nav button.active");
  if (active) showTab(active.dataset.tab);
}

// Markdown as the bot shows it: paragraphs, **bold**, [links](…) to http(s) only; a kefu:// action
// is a button in the chat, so the preview shows it as one.
function renderMarkdown(target, markdown) {
  target.replaceChildren();
  markdown.split(/\n{2,}/).forEach((block) => {
    const paragraph = el("p");
    const pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
    let last = 0, match;
    while ((match = pattern.exec(block)) !== null) {
      paragraph.append(block.slice(last, match.index));
      if (match[1]) paragraph.append(el("strong", {}, match[1]));
      else if (/^kefu:/.test(match[3])) paragraph.append(el("button", { type: "button", class: "action", disabled: true, title: match[3] }, match[2]));
      else if (/^https?:/.test(match[3])) paragraph.append(el("a", { href: match[3], rel: "noopener" }, match[2]));
      else paragraph.append(match[2]);
      last = pattern.lastIndex;
    }
    paragraph.append(block.slice(last));
    target.append(paragraph);
  });
}

const list = (text) => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

// A regression outcome's words: the question, the entry it expects and the one it got.
function outcomeParams(o) {
  return { question: o.regressionCase.question, expected: o.regressionCase.expectedEntryId || { key: "kb.noAnswer" },
    got: o.answeredWith || { key: "kb.noAnswer" }, verdict: { key: `verdict.${o.verdict}` } };
}

// A field of an entry, or where an answer was marked wrong, as words (names the dictionaries do not
// know are shown as they are).
function fieldName(field) {
  return (STAFF_WORDS.en || {})[`kb.field.${field}`] ? tr(`kb.field.${field}`) : field;
}

function placeName(place) {
  return (STAFF_WORDS.en || {})[`kb.place.${place}`] ? { key: `kb.place.${place}` } : place;
}
const toLocal = (instant) => (instant ? new Date(instant).toISOString().slice(0, 16) : "");
const toInstant = (local) => (local ? new Date(local + "Z").toISOString() : null);

// Entries: one page of the shop's entries that match the search, with how many match in all. The
// server searches (id, question, phrasings, answer; either Chinese script) and counts.
async function loadEntries(page = state.page) {
  const form = new FormData($("#entry-filter"));
  const query = new URLSearchParams([...form].filter(([, value]) => value));
  query.set("page", page);
  query.set("size", $("#page-size").value);
  const listed = await kbApi("GET", "/api/ops/kb/entries?" + query);
  const pages = Math.max(1, Math.ceil(listed.total / listed.size));
  if (listed.entries.length === 0 && listed.total > 0 && page > pages) return loadEntries(pages);
  state.page = listed.page;
  $("#entries tbody").replaceChildren(...listed.entries.map((entry) =>
    el("tr", { "data-id": entry.id, onclick: () => openEntry(entry.id) },
      el("td", {}, entry.id), el("td", {}, entry.content.question),
      el("td", { class: "status-" + entry.status }, wordNode("entryStatus", entry.status),
        entry.hasUnpublishedChanges && entry.status !== "DRAFT" ? el("span", { "data-i18n-title": "kb.unpublished", title: t("kb.unpublished") }, " *") : ""),
      el("td", {}, entry.latestVersion))));
  setText($("#entries-count"), "kb.list.count", { count: listed.total });
  $("#entries-count").dataset.total = listed.total;
  $("#entries-empty").hidden = listed.total > 0;
  $("#entries").hidden = listed.total === 0;
  setText($("#page-of"), "kb.list.pageOf", { page: listed.page, pages });
  $("#page-of").dataset.page = listed.page;
  $("#page-previous").disabled = listed.page <= 1;
  $("#page-next").disabled = listed.page >= pages;
}

function fillEditor(entry) {
  const form = $("#editor");
  state.entry = entry;
  form.hidden = false;
  const c = entry ? entry.content : { id: "", question: "", alternatives: [], answer: "", language: "zh", category: "", tags: [], scopeCategories: [] };
  const title = $("#editor-title");
  if (entry) setText(title, "kb.editorTitle", { id: entry.id, version: String(entry.latestVersion), status: { key: `entryStatus.${entry.status}` } });
  else setText(title, "kb.newEntry");
  title.dataset.status = entry ? entry.status : "";
  form.id.value = c.id; form.id.readOnly = !!entry;
  form.question.value = c.question;
  form.alternatives.value = (c.alternatives || []).join("\n");
  form.answer.value = c.answer;
  form.language.value = c.language;
  form.category.value = c.category;
  form.tags.value = (c.tags || []).join(", ");
  form.scopeCategories.value = (c.scopeCategories || []).join(", ");
  form.validFrom.value = toLocal(c.validFrom);
  form.validTo.value = toLocal(c.validTo);
  form.requiredTerms.value = (c.requiredTerms || []).join(", ");
  // The server finds what to warn about (warningsFound: kind, word, date); the page says it in the
  // staff member's language, and again when the language changes.
  $("#entry-warnings").replaceChildren(...((entry && entry.warningsFound) || []).map((w) =>
    el("li", { class: "warning", "data-kind": w.kind, t: `kb.warning.${w.kind}`, params: { word: w.word || "", at: w.at ? { dateTime: w.at } : "" } })));
  $("#answered").replaceChildren();
  form.changeNote.value = "";
  renderMarkdown($("#answer-preview"), c.answer);
  $("#publish-report").replaceChildren();
  $("#diff").replaceChildren();
  $("#history").replaceChildren();
  $("#publish").disabled = $("#archive").disabled = $("#preview-publish").disabled = !entry;
}

async function openEntry(id) {
  const entry = await kbApi("GET", "/api/ops/kb/entries/" + encodeURIComponent(id));
  fillEditor(entry);
  await loadAnswered(id);
  const versions = await kbApi("GET", `/api/ops/kb/entries/${encodeURIComponent(id)}/versions`);
  $("#history").replaceChildren(...versions.map((v) => el("li", {},
    tr(v.changeNote ? "kb.versionNoted" : "kb.versionLine", { version: String(v.version), author: v.author, at: { dateTime: v.createdAt }, note: v.changeNote || "" }), " ",
    v.version > 1 ? el("button", { type: "button", onclick: guarded(() => showDiff(id, v.version - 1, v.version)), t: "kb.diff" }) : "",
    v.version !== entry.latestVersion ? el("button", { type: "button", onclick: guarded(() => revert(id, v.version)), t: "kb.revert" }) : "")));
}

function editorContent() {
  const form = $("#editor");
  return {
    id: form.id.value.trim(), question: form.question.value, alternatives: form.alternatives.value.split("\n").map((s) => s.trim()).filter(Boolean),
    answer: form.answer.value, language: form.language.value, category: form.category.value.trim(),
    tags: list(form.tags.value), scopeCategories: list(form.scopeCategories.value), scopeSkus: [],
    validFrom: toInstant(form.validFrom.value), validTo: toInstant(form.validTo.value),
    requiredTerms: list(form.requiredTerms.value),
  };
}

async function save(event) {
  event.preventDefault();
  const content = editorContent();
  const entry = state.entry
    ? await kbApi("PUT", "/api/ops/kb/entries/" + encodeURIComponent(content.id), { expectedVersion: state.entry.latestVersion, content, changeNote: $("#editor").changeNote.value })
    : await kbApi("POST", "/api/ops/kb/entries", content);
  if (!state.entry && state.gapIds) {
    await kbApi("POST", "/api/ops/kb/gaps/resolve", { gapIds: state.gapIds, resolution: "new entry " + entry.id });
    state.gapIds = null;
  }
  say("kb.saved", { id: entry.id, version: String(entry.latestVersion) });
  await openEntry(entry.id);
  await loadEntries();
  // Insights' top entries link here to read (and mark) what an entry answered.
  const answered = new URLSearchParams(location.hash.slice(1)).get("answered");
  if (answered) await openEntry(answered);
}

async function previewPublish() {
  const report = await kbApi("GET", `/api/ops/kb/entries/${encodeURIComponent(state.entry.id)}/publish-preview`);
  const box = $("#publish-report");
  box.replaceChildren(el("p", { t: "kb.preview.summary", params: { passing: report.passing, cases: report.cases } }));
  const section = (title, kind, outcomes) => outcomes.length ? [el("h4", { t: title }), el("ul", {}, outcomes.map((o) =>
    el("li", { class: `regression-${kind}`, t: "kb.regression.outcome", params: outcomeParams(o) })))] : [];
  box.append(...section("kb.preview.breaks", "breaking", report.breaking), ...section("kb.preview.fixes", "fixing", report.fixing));
}

// Asks, in the page, before a step that changes what shoppers are told: true when the staff member
// confirms, false when they cancel (the button, or Escape, which closes a modal dialog itself).
function confirmed(key, actionKey) {
  const dialog = $("#confirm");
  const entry = state.entry;
  setText($("#confirm-text"), key, { id: entry.id, question: $("#editor").question.value || entry.content.question });
  setText($("#confirm-yes"), actionKey);
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "yes"), { once: true });
    dialog.showModal();
  });
}

async function publish() {
  if (!(await confirmed("kb.confirm.publish", "kb.editor.publish"))) return;
  const entry = await kbApi("POST", `/api/ops/kb/entries/${encodeURIComponent(state.entry.id)}/publish`, {});
  say("kb.published", { id: entry.id, version: String(entry.publishedVersion) });
  await openEntry(entry.id);
  await loadEntries();
  // Insights' top entries link here to read (and mark) what an entry answered.
  const answered = new URLSearchParams(location.hash.slice(1)).get("answered");
  if (answered) await openEntry(answered);
}

async function archive() {
  if (!(await confirmed("kb.confirm.archive", "kb.editor.archive"))) return;
  const entry = await kbApi("POST", `/api/ops/kb/entries/${encodeURIComponent(state.entry.id)}/archive`, {});
  say("kb.archived", { id: entry.id });
  await openEntry(entry.id);
  await loadEntries();
  // Insights' top entries link here to read (and mark) what an entry answered.
  const answered = new URLSearchParams(location.hash.slice(1)).get("answered");
  if (answered) await openEntry(answered);
}

async function showDiff(id, from, to) {
  const diff = await kbApi("GET", `/api/ops/kb/entries/${encodeURIComponent(id)}/diff?from=${from}&to=${to}`);
  $("#diff").replaceChildren(el("h4", {}, `v${from} → v${to}`), ...diff.changes.map((c) => el("div", {},
    el("strong", {}, fieldName(c.field)), el("div", { class: "diff-before" }, c.before), el("div", { class: "diff-after" }, c.after))));
}

async function revert(id, version) {
  const entry = await kbApi("POST", `/api/ops/kb/entries/${encodeURIComponent(id)}/revert`, { toVersion: version, expectedVersion: state.entry.latestVersion });
  say("kb.reverted", { id, version: String(version), saved: String(entry.latestVersion) });
  await openEntry(id);
}

// Marking answers wrong: the right entry's id, or "none" when the knowledge base should not answer.
async function markWrong(question, answeredEntryId, place) {
  const right = window.prompt(t("kb.mark.prompt", { question, entry: answeredEntryId || { key: "kb.nothing" } }), "none");
  if (right === null) return;
  await kbApi("POST", "/api/ops/kb/answer-marks", { question, answeredEntryId, rightEntryId: right.trim(), place });
  say("kb.mark.done", { question, expected: right.trim() && right.trim() !== "none" ? right.trim() : { key: "kb.noAnswer" } });
}

async function loadAnswered(entryId) {
  const answered = await kbApi("GET", "/api/ops/kb/answer-marks/answered?entryId=" + encodeURIComponent(entryId));
  $("#answered").replaceChildren(...(answered.length ? answered.map((a) => el("li", {}, `${a.question} `,
    valueNode("small", { dateTime: a.answeredAt }), " ",
    el("button", { type: "button", onclick: guarded(() => markWrong(a.question, entryId, "insights")), t: "kb.wrongAnswer" })))
    : [el("li", { t: "kb.answered.none" })]));
}

// Try a question
async function tryQuestion(event) {
  event.preventDefault();
  const form = $("#try-form");
  const result = await kbApi("POST", "/api/ops/kb/try", { question: form.question.value, previous: form.previous.value });
  state.tried = { question: form.question.value, entryId: result.answers.length ? result.answers[0].entryId : null };
  const reply = $("#try-reply");
  const social = result.intent !== "FAQ";
  reply.replaceChildren(social
    ? el("strong", { "data-intent": result.intent, t: "kb.try.social", params: { intent: { key: `intent.${result.intent}` } } })
    : el("strong", { "data-verdict": result.reply.verdict, t: "kb.try.verdict",
      params: { verdict: { key: `verdict.${result.reply.verdict}` }, confidence: { number: result.confidence, digits: 2 } } }));
  const text = el("div");
  if (!social) renderMarkdown(text, result.answers.length > 1 ? result.answers.map((a) => a.text).join("\n\n") : result.reply.text);
  reply.append(text, ...(social ? [] : result.reply.choices.map((c) => el("div", {}, "• " + c.question + " (" + c.entryId + ")"))));
  // The knowledge base's own account of its decision (English), with its codes said as words.
  $("#try-trace").replaceChildren(...result.trace.map((line) => el("li", {}, ...codesAsWords(line, ["verdict", "intent"]))));
  $("#try-matches tbody").replaceChildren(...result.matches.map((m, i) => el("tr", { onclick: () => { showTab("entries"); openEntry(m.entryId); } },
    el("td", {}, i + 1), el("td", { class: "match-entry" }, m.entryId), valueNode("td", { number: m.score, digits: 3 }),
    valueNode("td", { number: m.cosine, digits: 3 }), valueNode("td", { number: m.bm25, digits: 2 }), el("td", {}, m.phrasing))));
}

async function markTried() {
  if (!state.tried) { say("kb.try.first", {}, true); return; }
  await markWrong(state.tried.question, state.tried.entryId, "try");
}

// Gaps
async function loadGaps() {
  const clusters = await kbApi("GET", "/api/ops/kb/gaps");
  $("#gaps tbody").replaceChildren(...clusters.map((g) => el("tr", {},
    el("td", { t: "kb.gaps.times", params: { count: g.count } }), el("td", {}, g.representative), el("td", {}, g.examples.join(" / ")),
    el("td", {}, g.suggestedEntryId || "—"),
    el("td", {},
      g.suggestedEntryId ? el("button", { onclick: async () => {
        await kbApi("POST", `/api/ops/kb/entries/${encodeURIComponent(g.suggestedEntryId)}/alternatives`, { phrasing: g.representative });
        await kbApi("POST", "/api/ops/kb/gaps/resolve", { gapIds: g.gapIds, resolution: "phrasing added to " + g.suggestedEntryId });
        say("kb.gaps.added", { id: g.suggestedEntryId }); loadGaps();
      }, t: "kb.gaps.addPhrasing" }) : "",
      el("button", { onclick: () => { showTab("entries"); fillEditor(null); $("#editor").question.value = g.representative;
        $("#editor").language.value = g.language; state.gapIds = g.gapIds; }, t: "kb.newEntry" }),
      el("button", { onclick: guarded(async () => { await markWrong(g.representative, g.suggestedEntryId, "gaps"); }), t: "kb.gaps.mark" }),
      el("button", { onclick: async () => { await kbApi("POST", "/api/ops/kb/gaps/resolve", { gapIds: g.gapIds, resolution: "dismissed" }); loadGaps(); }, t: "kb.gaps.dismiss" })))));
}

// Synonyms
async function loadSynonyms() {
  const groups = await kbApi("GET", "/api/ops/kb/synonyms");
  $("#synonyms").replaceChildren(...groups.map((g) => el("li", {}, g.terms.join(" = ") + " ",
    el("button", { onclick: async () => { await kbApi("DELETE", "/api/ops/kb/synonyms/" + g.id); loadSynonyms(); }, t: "common.remove" }))));
}

async function addSynonyms(event) {
  event.preventDefault();
  await kbApi("POST", "/api/ops/kb/synonyms", { terms: list($("#synonym-form").terms.value) });
  $("#synonym-form").reset();
  say("kb.synonyms.saved");
  loadSynonyms();
}

// Regression set
async function addRegressionCase(event) {
  event.preventDefault();
  const form = $("#regression-form");
  await kbApi("POST", "/api/ops/kb/regression/cases", { question: form.question.value, expectedEntryId: form.expectedEntryId.value.trim() || null });
  form.reset();
  say("kb.regression.saved");
}

async function runRegression() {
  const report = await kbApi("POST", "/api/ops/kb/regression/run", {});
  const line = (o) => tr("kb.regression.outcomeScored", { ...outcomeParams(o), confidence: { number: o.confidence, digits: 2 } });
  const section = (title, outcomes, render, cls) => outcomes.length ? [el("h4", { t: "kb.regression.section", params: { title: { key: title }, count: outcomes.length } }),
    el("ul", { class: cls }, outcomes.map((o) => el("li", {}, render(o))))] : [];
  $("#regression-report").replaceChildren(el("p", { t: "kb.regression.summary", params: { passing: report.passing, cases: report.cases } }),
    ...section("kb.regression.failing", report.failing, line, "regression-breaking"),
    ...section("kb.regression.known", report.knownFailures, (o) => [line(o), " — ", o.regressionCase.knownFailure], "regression-known"),
    ...section("kb.regression.fixedKnown", report.fixedKnownFailures, (o) => `“${o.regressionCase.question}” — ${o.regressionCase.knownFailure}`, "regression-fixing"),
    ...section("kb.regression.season", report.outOfSeason, (o) => tr("kb.regression.expects", { question: o.regressionCase.question, expected: o.regressionCase.expectedEntryId }), "regression-season"));
  await loadMarks();
}

async function loadMarks() {
  const marks = await kbApi("GET", "/api/ops/kb/answer-marks");
  $("#marks").replaceChildren(...(marks.length ? marks.map((m) => el("li", { t: "kb.marks.line", params: {
    question: m.question, answered: m.answeredEntryId || { key: "kb.nothing" }, expected: m.expectedEntryId || { key: "kb.noAnswer" },
    author: m.author, place: placeName(m.source.replace("mark:", "")), at: { dateTime: m.createdAt } } }))
    : [el("li", { t: "kb.marks.none" })]));
}

// Import
async function importFile(event) {
  event.preventDefault();
  const form = $("#import-form");
  const file = form.file.files[0];
  const csv = file.name.endsWith(".csv");
  const result = await kbApi("POST", `/api/ops/kb/import?format=${csv ? "csv" : "jsonl"}&publish=${form.publish.checked}`,
    await file.text(), csv ? "text/csv" : "application/x-ndjson");
  say("kb.imported", { created: result.created, updated: result.updated, unchanged: result.unchanged, published: result.published });
  loadEntries();
}

function showTab(name) {
  document.querySelectorAll(".tab").forEach((tab) => { tab.hidden = tab.id !== "tab-" + name; });
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  if (name === "gaps") loadGaps();
  if (name === "synonyms") loadSynonyms();
  if (name === "regression") loadMarks();
}


async function start() {
  await signIn();
  await fillShopPickers();
  // Insights link here with the shop whose entry it is.
  const linked = new URLSearchParams(location.hash.slice(1)).get("shop");
  if (linked && [...$("#kb-shop").options].some((o) => o.value === linked)) $("#kb-shop").value = linked;
  $("#kb-shop").addEventListener("change", guarded(switchShop));
  $("#export-jsonl").href = kbPath("/api/ops/kb/export?format=jsonl");
  $("#export-csv").href = kbPath("/api/ops/kb/export?format=csv");
  document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  $("#entry-filter").addEventListener("submit", guarded((e) => { e.preventDefault(); return loadEntries(1); }));
  $("#page-previous").addEventListener("click", guarded(() => loadEntries(state.page - 1)));
  $("#page-next").addEventListener("click", guarded(() => loadEntries(state.page + 1)));
  $("#page-size").addEventListener("change", guarded(() => loadEntries(1)));
  $("#new-entry").addEventListener("click", () => fillEditor(null));
  $("#editor").addEventListener("submit", guarded(save));
  $("#editor").answer.addEventListener("input", (e) => renderMarkdown($("#answer-preview"), e.target.value));
  $("#preview-publish").addEventListener("click", guarded(previewPublish));
  $("#publish").addEventListener("click", guarded(publish));
  $("#archive").addEventListener("click", guarded(archive));
  $("#try-form").addEventListener("submit", guarded(tryQuestion));
  $("#try-mark").addEventListener("click", guarded(markTried));
  $("#synonym-form").addEventListener("submit", guarded(addSynonyms));
  $("#regression-form").addEventListener("submit", guarded(addRegressionCase));
  $("#run-regression").addEventListener("click", guarded(runRegression));
  $("#import-form").addEventListener("submit", guarded(importFile));
  await loadEntries();
  // Insights' top entries link here to read (and mark) what an entry answered.
  const answered = new URLSearchParams(location.hash.slice(1)).get("answered");
  if (answered) await openEntry(answered);
}

start().catch((error) => sayError(error));

// The shop settings page: a form over one shop's settings (GET/PUT /api/ops/shops/{id}/settings),
// the history with field diffs, and the write-only secrets. Everything shown is set as text; the
// page's own words are the staff member's language's.
"use strict";

const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
const shop = { id: null, stored: null };

const minutesOf = (iso) => {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso || "");
  return m ? (Number(m[1] || 0) * 60 + Number(m[2] || 0) + Math.round(Number(m[3] || 0) / 60)) : "";
};
const isoOf = (minutes) => (minutes === "" || minutes == null ? null : `PT${Number(minutes)}M`);

function removable(row) {
  row.append(el("td", {}, el("button", { type: "button", onclick: () => row.remove(), t: "common.remove" })));
  return row;
}

function hoursRow(opening = { days: [], from: "09:00", to: "18:00" }) {
  const days = el("td", { class: "days" }, DAYS.map((day) => el("label", {},
    el("input", Object.assign({ type: "checkbox", value: day }, opening.days.includes(day) ? { checked: "" } : {})), wordNode("day", day))));
  return removable(el("tr", {}, days,
    el("td", {}, el("input", { type: "time", name: "from", value: (opening.from || "").slice(0, 5), required: "" })),
    el("td", {}, el("input", { type: "time", name: "to", value: (opening.to || "").slice(0, 5), required: "" }))));
}

function holidayRow(holiday = { date: "", name: "" }) {
  return removable(el("tr", {}, el("td", {}, el("input", { type: "date", name: "date", value: holiday.date || "", required: "" })),
    el("td", {}, el("input", { name: "name", value: holiday.name || "", maxlength: "60" }))));
}

function channelRow(channel = { kind: "app", name: "", enabled: true }) {
  const kind = el("select", { name: "kind" }, ["app", "web", "livestream"].map((k) => el("option", { value: k, t: `channel.${k}` })));
  kind.value = channel.kind;
  return removable(el("tr", {}, el("td", {}, kind), el("td", {}, el("input", { name: "name", value: channel.name, maxlength: "60" })),
    el("td", {}, el("input", Object.assign({ type: "checkbox", name: "enabled" }, channel.enabled ? { checked: "" } : {})))));
}

function cannedRow(reply = { shortcut: "", language: "zh-Hans", text: "" }) {
  const language = el("select", { name: "language" }, ["zh-Hans", "zh-Hant", "en"].map((l) => el("option", { value: l, t: `language.${l}` })));
  language.value = reply.language;
  return removable(el("tr", {}, el("td", {}, el("input", { name: "shortcut", value: reply.shortcut, maxlength: "32" })),
    el("td", {}, language), el("td", {}, el("textarea", { name: "text", maxlength: "1000", rows: "2" }, reply.text))));
}

const LANGS = ["zhHans", "zhHant", "en"];
function quickStartRow(start = { label: {}, text: {} }) {
  return removable(el("tr", {},
    ...LANGS.map((l) => el("td", {}, el("input", { name: `label.${l}`, value: (start.label || {})[l] || "", maxlength: "20" }))),
    ...LANGS.map((l) => el("td", {}, el("input", { name: `text.${l}`, value: (start.text || {})[l] || "", maxlength: "200" })))));
}

function fill(settings) {
  const form = $("#settings");
  ["name", "greeting"].forEach((key) => ["zhHans", "zhHant", "en"].forEach((lang) => {
    form[`${key}.${lang}`].value = (settings[key] || {})[lang] || "";
  }));
  form.timeZone.value = settings.timeZone || "";
  form.legalProfile.value = settings.legalProfile || "CN";
  form["photos.checks"].checked = !!(settings.photos && settings.photos.checks);
  form["photos.visionModel"].checked = !!(settings.photos && settings.photos.visionModel);
  $("#hours tbody").replaceChildren(...((settings.hours && settings.hours.week) || []).map(hoursRow));
  $("#holidays tbody").replaceChildren(...((settings.hours && settings.hours.holidays) || []).map(holidayRow));
  $("#channels tbody").replaceChildren(...(settings.channels || []).map(channelRow));
  $("#canned tbody").replaceChildren(...(settings.cannedReplies || []).map(cannedRow));
  $("#quick-starts tbody").replaceChildren(...(settings.quickStarts || []).map(quickStartRow));
  const escalation = settings.escalation;
  form["escalation.own"].checked = !!escalation;
  [0, 1, 2, 3].forEach((i) => { form[`target${i}`].value = escalation ? minutesOf(escalation.firstResponseTargets[i]) : ""; });
  form.vipTiers.value = escalation ? escalation.vipTiers.join(", ") : "";
  form.humanReplyTarget.value = escalation ? minutesOf(escalation.humanReplyTarget) : "";
  const alerts = settings.alerts;
  form["alerts.own"].checked = !!alerts;
  form["alerts.queueAtRisk"].value = alerts ? alerts.queueAtRisk : "";
  form["alerts.angrySurge"].value = alerts ? alerts.angrySurge : "";
  form["alerts.containmentFloor"].value = alerts ? alerts.containmentFloor : "";
}

function read() {
  const form = $("#settings");
  const texts = (key) => ({ zhHans: form[`${key}.zhHans`].value, zhHant: form[`${key}.zhHant`].value, en: form[`${key}.en`].value });
  const rows = (selector) => [...document.querySelectorAll(`${selector} tbody tr`)];
  const number = (name) => (form[name].value === "" ? null : Number(form[name].value));
  return {
    name: texts("name"), greeting: texts("greeting"), timeZone: form.timeZone.value.trim(),
    hours: {
      week: rows("#hours").map((r) => ({ days: [...r.querySelectorAll(".days input:checked")].map((c) => c.value),
        from: r.querySelector("[name=from]").value, to: r.querySelector("[name=to]").value })),
      holidays: rows("#holidays").map((r) => ({ date: r.querySelector("[name=date]").value, name: r.querySelector("[name=name]").value })),
    },
    escalation: form["escalation.own"].checked ? {
      firstResponseTargets: [0, 1, 2, 3].map((i) => isoOf(form[`target${i}`].value)),
      vipTiers: form.vipTiers.value.split(",").map((s) => s.trim()).filter(Boolean),
      humanReplyTarget: isoOf(form.humanReplyTarget.value),
    } : null,
    legalProfile: form.legalProfile.value,
    photos: { checks: form["photos.checks"].checked, visionModel: form["photos.visionModel"].checked },
    channels: rows("#channels").map((r) => ({ kind: r.querySelector("[name=kind]").value, name: r.querySelector("[name=name]").value,
      enabled: r.querySelector("[name=enabled]").checked })),
    cannedReplies: rows("#canned").map((r) => ({ shortcut: r.querySelector("[name=shortcut]").value,
      language: r.querySelector("[name=language]").value, text: r.querySelector("[name=text]").value })),
    quickStarts: rows("#quick-starts").map((r) => ({
      label: Object.fromEntries(LANGS.map((l) => [l, r.querySelector(`[name="label.${l}"]`).value])),
      text: Object.fromEntries(LANGS.map((l) => [l, r.querySelector(`[name="text.${l}"]`).value])) })),
    alerts: form["alerts.own"].checked ? { queueAtRisk: number("alerts.queueAtRisk"), angrySurge: number("alerts.angrySurge"),
      containmentFloor: number("alerts.containmentFloor") } : null,
    // The bot's sentences as the shop worded them: this form does not edit them, so a save keeps them.
    sentences: (shop.stored && shop.stored.settings && shop.stored.settings.sentences) || {},
  };
}

async function load() {
  $("#problems").replaceChildren();
  shop.stored = await api("GET", `/api/ops/shops/${encodeURIComponent(shop.id)}/settings`);
  fill(shop.stored.settings);
  setText($("#version"), "shop.version", { version: String(shop.stored.version), by: shop.stored.updatedBy, at: { dateTime: shop.stored.updatedAt } });
}

async function save(event) {
  event.preventDefault();
  $("#problems").replaceChildren();
  const headers = { Accept: "application/json, application/problem+json", "Content-Type": "application/json",
    "Accept-Language": locale(), [ops.csrf.headerName]: ops.csrf.token };
  const response = await fetch(`/api/ops/shops/${encodeURIComponent(shop.id)}/settings`, { method: "PUT", headers,
    credentials: "same-origin", body: JSON.stringify({ basedOnVersion: shop.stored.version, settings: read(), note: $("#settings").note.value || null }) });
  const data = await response.json();
  if (!response.ok) {
    sayError(new ProblemError(response.status, data, response.statusText));
    (data.errors || []).forEach((e) => $("#problems").append(el("li", { "data-field": e.field }, `${e.field}: ${e.message}`)));
    return;
  }
  shop.stored = data;
  $("#settings").note.value = "";
  fill(data.settings);
  say("shop.saved", { version: String(data.version) });
  setText($("#version"), "shop.versionNow", { version: String(data.version), by: data.updatedBy });
}

async function loadHistory() {
  const versions = await api("GET", `/api/ops/shops/${encodeURIComponent(shop.id)}/settings/versions`);
  $("#versions tbody").replaceChildren(...versions.map((v) => el("tr", {},
    el("td", {}, String(v.version)), el("td", {}, v.author), valueNode("td", { dateTime: v.createdAt }),
    el("td", {}, v.note || ""),
    el("td", {}, v.version > 1 ? el("button", { type: "button", onclick: guarded(() => showDiff(v.version - 1, v.version)), t: "shop.whatChanged" }) : ""))));
}

async function showDiff(from, to) {
  const changes = await api("GET", `/api/ops/shops/${encodeURIComponent(shop.id)}/settings/diff?from=${from}&to=${to}`);
  setText($("#diff-title"), "shop.diffTitle", { from: String(from), to: String(to), count: changes.length });
  $("#diff tbody").replaceChildren(...changes.map((c) => el("tr", {}, el("td", {}, c.field),
    el("td", { class: "diff-before" }, c.before), el("td", { class: "diff-after" }, c.after))));
}

async function loadSecrets() {
  try {
    const secrets = await api("GET", `/api/ops/shops/${encodeURIComponent(shop.id)}/secrets`);
    $("#secrets tbody").replaceChildren(...secrets.map((s) => el("tr", {}, el("td", {}, s.name), el("td", {}, s.updatedBy),
      valueNode("td", { dateTime: s.updatedAt }),
      el("td", {}, el("button", { type: "button", onclick: guarded(async () => {
        await api("DELETE", `/api/ops/shops/${encodeURIComponent(shop.id)}/secrets/${encodeURIComponent(s.name)}`);
        await loadSecrets();
      }), t: "common.remove" })))));
  } catch (error) {
    $("#secrets tbody").replaceChildren(el("tr", {}, el("td", { colspan: "4", t: "shop.secretsAdminsOnly" })));
  }
}

// The bot's words: every sentence a shop may reword, with the default as the placeholder.
const WORD_LANGS = [["zhHans", "zh-Hans"], ["zhHant", "zh-Hant"], ["en", "en"]];
let sentences = [];
let pending = null;

async function loadWords() {
  sentences = (await api("GET", `/api/ops/shops/${encodeURIComponent(shop.id)}/sentences`)).filter((s) => !s.fixed);
  pending = null;
  $("#words tbody").replaceChildren();
  showWords();
}

function showWords() {
  const term = $("#words-search").value.trim().toLowerCase();
  const edited = readWords();
  pending = edited;
  $("#words tbody").replaceChildren(...sentences
    .filter((s) => !term || s.key.includes(term) || Object.values(s.defaults).some((d) => d.toLowerCase().includes(term)))
    .map((s) => {
      const mine = edited[s.key] || {};
      return el("tr", { "data-key": s.key },
        el("td", {}, s.defaults["zh-Hans"], el("br"), el("small", {}, s.defaults.en)),
        ...WORD_LANGS.map(([field, tag]) => el("td", {}, el("textarea", { name: field, rows: "2", maxlength: "500",
          placeholder: s.defaults[tag] }, mine[field] || ""))),
        el("td", {},
          el("button", { type: "button", class: "preview", t: "shop.words.preview", onclick: guarded(async (event) => {
            const row = event.target.closest("tr");
            const texts = rowTexts(row);
            const said = await Promise.all(WORD_LANGS.map(([, tag]) => api("POST",
              `/api/ops/shops/${encodeURIComponent(shop.id)}/sentences/preview`, { key: s.key, language: tag, own: texts })));
            $("#words-preview").replaceChildren(...said.map((p) => el("div", {}, p.text)));
          }) }),
          el("button", { type: "button", t: "shop.words.reset", onclick: (event) => {
            event.target.closest("tr").querySelectorAll("textarea").forEach((a) => { a.value = ""; });
          } })));
    }));
}

function rowTexts(row) {
  return Object.fromEntries(WORD_LANGS.map(([field]) => [field, row.querySelector(`[name=${field}]`).value.trim()]));
}

// What the shop wrote, from the rows shown over what it had saved.
function readWords() {
  const words = { ...(pending || (shop.stored && shop.stored.settings.sentences) || {}) };
  document.querySelectorAll("#words tbody tr").forEach((row) => {
    const texts = rowTexts(row);
    if (Object.values(texts).some(Boolean)) words[row.dataset.key] = texts;
    else delete words[row.dataset.key];
  });
  return words;
}

async function saveWords() {
  $("#problems").replaceChildren();
  const headers = { Accept: "application/json, application/problem+json", "Content-Type": "application/json",
    "Accept-Language": locale(), [ops.csrf.headerName]: ops.csrf.token };
  const settings = { ...shop.stored.settings, sentences: readWords() };
  const response = await fetch(`/api/ops/shops/${encodeURIComponent(shop.id)}/settings`, { method: "PUT", headers,
    credentials: "same-origin", body: JSON.stringify({ basedOnVersion: shop.stored.version, settings, note: null }) });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    sayError(new ProblemError(response.status, data, response.statusText));
    (data.errors || []).forEach((e) => $("#problems").append(el("li", { "data-field": e.field }, `${e.field}: ${e.message}`)));
    return;
  }
  shop.stored = data;
  pending = null;
  fill(data.settings);
  say("shop.saved", { version: String(data.version) });
}

function showTab(name) {
  document.querySelectorAll(".tab").forEach((tab) => { tab.hidden = tab.id !== `tab-${name}`; });
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
  if (name === "history") guarded(loadHistory)();
  if (name === "secrets") guarded(loadSecrets)();
  if (name === "words") guarded(loadWords)();
}

document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
$("#add-hours").addEventListener("click", () => $("#hours tbody").append(hoursRow()));
$("#add-holiday").addEventListener("click", () => $("#holidays tbody").append(holidayRow()));
$("#add-channel").addEventListener("click", () => $("#channels tbody").append(channelRow()));
$("#add-canned").addEventListener("click", () => $("#canned tbody").append(cannedRow()));
$("#add-quick-start").addEventListener("click", () => $("#quick-starts tbody").append(quickStartRow()));
$("#settings").addEventListener("submit", guarded(save));
$("#words-search").addEventListener("input", () => showWords());
$("#save-words").addEventListener("click", guarded(saveWords));
$("#secret-form").addEventListener("submit", guarded(async (event) => {
  event.preventDefault();
  const form = event.target;
  await api("PUT", `/api/ops/shops/${encodeURIComponent(shop.id)}/secrets/${encodeURIComponent(form.secretName.value)}`, { value: form.secretValue.value });
  form.reset();
  say("shop.secretSaved");
  await loadSecrets();
}));
$("#shop-picker").addEventListener("change", guarded(async (event) => {
  shop.id = event.target.value;
  await load();
  showTab("settings");
}));

(async function start() {
  try {
    await signIn();
    const shops = await api("GET", "/api/ops/shops");
    $("#shop-picker").replaceChildren(...shops.map((s) => el("option", { value: s.shopId }, `${s.name.zhHans || s.name.en} (${s.shopId})`)));
    const wanted = new URLSearchParams(location.search).get("shop");
    shop.id = (wanted && shops.some((s) => s.shopId === wanted)) ? wanted : (shops[0] && shops[0].shopId);
    if (!shop.id) { say("shop.noShop", {}, true); return; }
    $("#shop-picker").value = shop.id;
    await load();
  } catch (error) {
    sayError(error);
  }
})();

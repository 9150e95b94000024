// Shared by the staff pages: DOM building (text only, never innerHTML: pages show what shoppers
// typed), the staff member's language (words, dates, numbers), status messages, fetch with the
// session's CSRF token and problem-detail errors, and the staff bar.
"use strict";

const ops = { csrf: null, me: null };
const $ = (selector, root = document) => root.querySelector(selector);

// ---------------------------------------------------------------------------------------------
// Language. The words are in /assets/i18n/{en,zh-Hans,zh-Hant}.js (STAFF_WORDS[language][key]).
// The staff member's language is the one they chose (kept with their account: /api/staff/me says
// it), else the browser's by the rule the server's PageLanguage follows: the first Chinese or
// English of the browser's languages; Traditional for a Hant script, Taiwan, Hong Kong or Macau.
// Every text put on a page carries its key (data-i18n, with data-i18n-params), so switching the
// language rewrites the page in place, keeping what was typed.
// ---------------------------------------------------------------------------------------------
var STAFF_WORDS = window.STAFF_WORDS || {};
const LANGUAGES = ["zh-Hans", "zh-Hant", "en"];
const LANGUAGE_NAMES = { "zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English" };
const LOCALES = { "zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "en": "en" };
const LAST_SHOWN_KEY = "kefu.staff.language";
const i18n = { language: "en", missing: new Set(), listeners: [] };

function browserLanguage(tags = navigator.languages || [navigator.language || "en"]) {
  for (const tag of tags) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith("zh")) return /-hant|-tw|-hk|-mo/.test(lower) && !/-hans/.test(lower) ? "zh-Hant" : "zh-Hans";
    if (lower === "en" || lower.startsWith("en-")) return "en";
  }
  return "en";
}

function locale() {
  return LOCALES[i18n.language];
}

// The words for a key, with {name} parameters filled in. A parameter may be a plain value
// (numbers are formatted for the language), another key ({ key: "state.APPROVED" }) or a value to
// format: { date }, { shortDate }, { dateRange: [from, to] }, { dateTime }, { time }, { money, currency },
// { percent, digits }, { number, digits }, { since } (how long ago), { duration } (seconds), { list }.
function t(key, params = {}) {
  const words = STAFF_WORDS[i18n.language] || {};
  let text = words[key];
  if (typeof params.count === "number") {
    const plural = words[`${key}.${new Intl.PluralRules(locale()).select(params.count)}`];
    if (plural !== undefined) text = plural;
  }
  if (text === undefined) {
    i18n.missing.add(`${i18n.language}:${key}`);
    text = (STAFF_WORDS.en || {})[key] ?? humanize(key.slice(key.lastIndexOf(".") + 1));
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? formatParam(params[name]) : whole));
}

// A name from the server the dictionaries do not know yet, said as words rather than as a code.
function humanize(code) {
  const words = String(code).replaceAll("_", " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// An enum value as words: word("state", "UNDER_REVIEW") is t("state.UNDER_REVIEW").
function word(group, value) {
  return value == null || value === "" ? "" : t(`${group}.${value}`);
}

function formatParam(value) {
  if (value == null) return "";
  if (typeof value === "number") return fmt.number(value);
  if (typeof value !== "object") return String(value);
  if ("key" in value) return t(value.key, value.params || {});
  if ("date" in value) return fmt.date(value.date);
  if ("shortDate" in value) return fmt.shortDate(value.shortDate);
  if ("dateRange" in value) return fmt.dateRange(value.dateRange[0], value.dateRange[1]);
  if ("dateTime" in value) return fmt.dateTime(value.dateTime);
  if ("time" in value) return fmt.time(value.time);
  if ("money" in value) return fmt.money(value.money, value.currency);
  if ("percent" in value) return fmt.percent(value.percent, value.digits);
  if ("number" in value) return fmt.number(value.number, value.digits);
  if ("since" in value) return fmt.since(value.since);
  if ("duration" in value) return fmt.duration(value.duration);
  if ("list" in value) return fmt.list(value.list.map(formatParam));
  return String(value);
}

// Dates, times, numbers and amounts in the staff member's language (zh-CN, zh-TW or en).
const fmt = {
  dateTime: (iso) => (iso ? new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) : ""),
  time: (iso) => (iso ? new Intl.DateTimeFormat(locale(), { timeStyle: "short" }).format(new Date(iso)) : ""),
  // A calendar day (2026-12-03), the same day wherever the browser is.
  date: (day, style = "medium") => (day ? new Intl.DateTimeFormat(locale(), { dateStyle: style, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`)) : ""),
  shortDate: (day) => new Intl.DateTimeFormat(locale(), { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`)),
  dateRange: (from, to) => {
    const format = new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeZone: "UTC" });
    const start = new Date(`${from}T00:00:00Z`);
    const end = new Date(`${to}T00:00:00Z`);
    return from === to ? format.format(start) : format.formatRange(start, end);
  },
  number: (value, digits) => (value == null || Number.isNaN(Number(value)) ? "–"
    : new Intl.NumberFormat(locale(), digits == null ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value))),
  percent: (value, digits = 1) => (value == null ? "–"
    : new Intl.NumberFormat(locale(), { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value))),
  money: (amount, currency) => {
    if (amount == null) return "–";
    try {
      return new Intl.NumberFormat(locale(), { style: "currency", currency: currency || "CNY" }).format(Number(amount));
    } catch (error) {
      return `${fmt.number(amount, 2)} ${currency}`;
    }
  },
  list: (items) => new Intl.ListFormat(locale(), { style: "narrow", type: "conjunction" }).format(items),
  // A length of time, in the largest unit that says it: 45 s, 12 min, 3 h, 5 d (3 小时, 3 小時).
  duration: (seconds) => {
    if (seconds == null) return "–";
    const s = Math.max(0, Math.round(Number(seconds) || 0));
    const [value, unit] = s < 120 ? [s, "second"] : s < 120 * 60 ? [Math.round(s / 60), "minute"]
      : s < 48 * 3600 ? [Math.round(s / 3600), "hour"] : [Math.round(s / 86400), "day"];
    return new Intl.NumberFormat(locale(), { style: "unit", unit, unitDisplay: "short" }).format(value);
  },
  since: (iso) => fmt.duration((Date.now() - new Date(iso).getTime()) / 1000),
};

// Puts the words for a key (and its parameters) into a node, and remembers the key on it so that
// a switch of language rewrites it.
function setText(node, key, params) {
  node.dataset.i18n = key;
  if (params && Object.keys(params).length) node.dataset.i18nParams = JSON.stringify(params);
  else delete node.dataset.i18nParams;
  node.textContent = t(key, params || {});
  return node;
}

// Rewrites every text of the page that carries its key: data-i18n (text), data-i18n-placeholder,
// data-i18n-title, data-i18n-aria-label and data-i18n-label; the page's own title and <html lang> too.
function applyWords(root = document) {
  const params = (node) => (node.dataset.i18nParams ? JSON.parse(node.dataset.i18nParams) : {});
  root.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n, params(node)); });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((node) => { node.placeholder = t(node.dataset.i18nPlaceholder); });
  root.querySelectorAll("[data-i18n-title]").forEach((node) => { node.title = t(node.dataset.i18nTitle, params(node)); });
  root.querySelectorAll("[data-i18n-aria-label]").forEach((node) => { node.setAttribute("aria-label", t(node.dataset.i18nAriaLabel)); });
  // A table cell's column name, shown beside it where a narrow window stacks the table.
  root.querySelectorAll("[data-i18n-label]").forEach((node) => { node.dataset.label = t(node.dataset.i18nLabel); });
  if (root === document) document.documentElement.lang = i18n.language;
}

function useLanguage(language) {
  if (!LANGUAGES.includes(language)) return;
  const changed = language !== i18n.language;
  i18n.language = language;
  try { localStorage.setItem(LAST_SHOWN_KEY, language); } catch (error) { /* private mode */ }
  applyWords();
  if (changed) i18n.listeners.forEach((listener) => listener(language));
}

// What a page redraws itself when the language changes (charts, a text drawn from several parts).
function onLanguageChange(listener) {
  i18n.listeners.push(listener);
}

// Before the server says whose language it is: the one this browser showed last, else its own.
(function firstLanguage() {
  let last = null;
  try { last = localStorage.getItem(LAST_SHOWN_KEY); } catch (error) { /* private mode */ }
  i18n.language = LANGUAGES.includes(last) ? last : browserLanguage();
  applyWords();
})();

// ---------------------------------------------------------------------------------------------
// DOM building. Props: class, on<event>, t (a key: the node's text, kept on it) with params, and
// attributes; children are nodes or text.
// ---------------------------------------------------------------------------------------------
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(props).forEach(([key, value]) => {
    if (key === "class") node.className = value;
    else if (key === "t" || key === "params") return;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  });
  if (props.t) setText(node, props.t, props.params);
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ""))));
  return node;
}

// A span holding the words of a key (rewritten on a language switch).
function tr(key, params) {
  return el("span", { t: key, params });
}

// A node holding a formatted value ({ money, currency }, { dateTime }, { since } …), formatted again
// on a language switch.
function valueNode(tag, value, props = {}) {
  return el(tag, { ...props, t: "common.value", params: { value } });
}

// A text from the server with the codes it names (ANSWER, UNDER_REVIEW) as words of the given
// groups: the text's parts, ready to append.
function codesAsWords(text, groups) {
  return String(text).split(/\b([A-Z][A-Z_]{2,})\b/).map((part, i) => {
    if (i % 2 === 0) return part;
    const group = groups.find((g) => (STAFF_WORDS.en || {})[`${g}.${part}`] !== undefined);
    return group ? wordNode(group, part) : part;
  });
}

// A span holding an enum value as words.
function wordNode(group, value) {
  return value == null || value === "" ? "" : el("span", { t: `${group}.${value}`, "data-value": value });
}

// ---------------------------------------------------------------------------------------------
// Status messages: words of a key (say) or, for what the server said, its text (sayText).
// ---------------------------------------------------------------------------------------------
function say(key, params, error = false) {
  const message = $("#message");
  if (typeof params === "boolean" || !/^[A-Za-z][\w-]*(\.[\w-]+)+$/.test(String(key))) {
    // Words that are already a sentence (the server's, or a page's own not yet in the dictionaries).
    sayText(String(key), typeof params === "boolean" ? params : error);
    return;
  }
  setText(message, key, params);
  message.removeAttribute("title");
  message.className = error ? "error" : "";
}

function sayText(text, error = false) {
  const message = $("#message");
  delete message.dataset.i18n;
  delete message.dataset.i18nParams;
  message.textContent = text;
  message.removeAttribute("title");
  message.className = error ? "error" : "";
}

function sayError(error) {
  const message = $("#message");
  const said = problemWords(error);
  setText(message, said.key, said.params);
  if (error.detail) message.title = error.detail;
  else message.removeAttribute("title");
  message.className = "error";
}

// What went wrong, in words of the staff member's language. The server's own words (the detail,
// English) are shown as they are in English; for Chinese, the kind of problem in Chinese, with the
// server's detail where it names what to fix.
class ProblemError extends Error {
  constructor(status, problem, fallback) {
    super((problem && problem.detail) || fallback || String(status));
    this.status = status;
    this.problem = problem || {};
    this.detail = (problem && problem.detail) || fallback || "";
  }
}

function problemWords(error) {
  if (!(error instanceof ProblemError)) {
    return error instanceof TypeError ? { key: "problem.offline" } : { key: "problem.text", params: { text: error.message } };
  }
  const { status, problem, detail } = error;
  const english = i18n.language === "en";
  if (problem.breaches) return { key: "problem.text", params: { text: `${problem.title}: ${detail}` } };
  if (problem.error && problem.error in RULE_ERRORS) return ruleProblem(problem, detail);
  // A problem that names its kind (code) and what it is about: said in the staff member's words.
  if (problem.code && (STAFF_WORDS.en || {})[`problem.code.${problem.code}`]) {
    const params = Object.fromEntries(Object.entries(problem).filter(([, value]) => value === null || typeof value !== "object"));
    return { key: `problem.code.${problem.code}`, params: { ...params, detail } };
  }
  if (english) return { key: "problem.text", params: { text: detail || String(status) } };
  if (status === 409 && problem.state) return { key: "problem.notInThisState", params: { state: { key: `state.${problem.state}` } } };
  if (status === 409 && problem.latestVersion != null) return { key: "problem.rulesChanged", params: { version: problem.latestVersion } };
  if (status === 409) return { key: "problem.409" };
  if (status === 403 && /needs a lead/.test(detail)) return { key: "problem.needsLead" };
  if (status === 400 && Array.isArray(problem.errors) && problem.errors.length) {
    return { key: "problem.fields", params: { fields: problem.errors.map((e) => `${e.field} ${e.message}`).join("; ") } };
  }
  if ([400, 422].includes(status)) return { key: `problem.${status}`, params: { detail } };
  if ([401, 403, 404, 413, 429].includes(status)) return { key: `problem.${status}` };
  return { key: status >= 500 ? "problem.5xx" : "problem.4xx", params: { detail } };
}

const RULE_ERRORS = { EMPTY: 1, SYNTAX: 1, UNKNOWN_KEY: 1, MISSING_VALUE: 1, WRONG_VALUE: 1, INVALID_RULE: 1 };

// Rules that cannot be read: the line and field, and what is wrong, in words. The server names the
// kind of mistake; the common wrong values are said in the staff member's language, a rule's own
// objection (English) as the server wrote it.
function ruleProblem(problem, detail) {
  const said = String(detail).replace(/^The rules were not saved( \(line \d+\))?: /, "").replace(/^At [^:]+: /, "");
  const where = problem.line ? { key: problem.field ? "rules.error.atLineField" : "rules.error.atLine",
    params: { line: String(problem.line), field: problem.field || "" } } : { key: "rules.error.nowhere" };
  const known = (/the keys here are (.+)\.$/.exec(said) || [])[1] || "";
  let why = said;
  const value = /^"(.*)" is not (a whole number|a number|true or false|one of (.+))$/.exec(said);
  const kind = /^there is no rule of kind "(.*)"$/.exec(said);
  if (value) {
    const type = { "a whole number": "integer", "a number": "number", "true or false": "boolean" }[value[2]] || "oneOf";
    why = { key: `rules.value.${type}`, params: { value: value[1], options: value[3] || "" } };
  } else if (kind) {
    why = { key: "rules.value.kind", params: { value: kind[1] } };
  } else if (said === "this is not a list") {
    why = { key: "rules.value.list" };
  } else if (problem.error === "SYNTAX") {
    why = said.replace(/^Malformed document( at line \d+)?: /, "");
  }
  return { key: `rules.error.${problem.error}`, params: { where, key: problem.key || "", known, why } };
}

async function api(method, path, body, contentType = "application/json") {
  const headers = { Accept: "application/json, application/problem+json", "Accept-Language": locale() };
  if (method !== "GET") headers[ops.csrf.headerName] = ops.csrf.token;
  if (body !== undefined) headers["Content-Type"] = contentType;
  const response = await fetch(path, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : (contentType === "application/json" ? JSON.stringify(body) : body),
  });
  if (response.status === 401) { window.location = "/login"; throw new ProblemError(401, null, t("problem.401")); }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (error) { data = null; }
  if (!response.ok) throw new ProblemError(response.status, data, response.statusText);
  return data;
}

function guarded(handler) {
  return (event) => Promise.resolve(handler(event)).catch((error) => sayError(error));
}

// Every <select class="shop-picker"> lists the shops the signed-in staff member works for.
async function fillShopPickers() {
  const shops = await api("GET", "/api/ops/shops");
  document.querySelectorAll("select.shop-picker").forEach((select) => {
    select.replaceChildren(...shops.map((s) => el("option", { value: s.shopId }, `${s.name.zhHans || s.name.en} (${s.shopId})`)));
  });
  return shops;
}

// ---------------------------------------------------------------------------------------------
// The staff shell: every staff page gets the same bar of the pages the signed-in member's roles
// open, who is signed in, their language (kept with their account) and sign out.
// ---------------------------------------------------------------------------------------------
const STAFF_PAGES = [
  { key: "console", href: "/console", roles: ["AGENT"] },
  { key: "kb", href: "/ops/kb", roles: ["OPS"] },
  { key: "returns", href: "/ops/returns", roles: ["OPS"] },
  { key: "insights", href: "/ops/insights", roles: ["OPS"] },
  { key: "shop", href: "/ops/shop", roles: ["AGENT", "OPS", "ADMIN"] },
];

// The language chosen in the bar follows the staff member to every browser: it is kept with their
// account, and the page is rewritten in it at once.
async function chooseLanguage(language) {
  useLanguage(language);
  drawShell(ops.me);
  try {
    await api("PUT", "/api/staff/me/preferences", { language });
    ops.me.language = language;
    ops.me.languageChosen = true;
  } catch (error) {
    sayError(error);
  }
}

function drawShell(me) {
  const links = STAFF_PAGES.filter((page) => page.roles.some((role) => me.roles.includes(role)))
    .map((page) => {
      const link = el("a", { href: page.href, class: "staff-link", t: `shell.${page.key}` });
      if (window.location.pathname.startsWith(page.href)) link.setAttribute("aria-current", "page");
      return link;
    });
  const picker = el("select", { id: "staff-language", "data-i18n-aria-label": "shell.language", "aria-label": t("shell.language"),
    onchange: (event) => chooseLanguage(event.target.value) },
  ...LANGUAGES.map((code) => el("option", { value: code, lang: code }, LANGUAGE_NAMES[code])));
  picker.value = i18n.language;
  const roles = me.platformAdmin ? [{ key: "role.platform" }] : me.roles.map((role) => ({ key: `role.${role}` }));
  const logout = el("form", { method: "post", action: "/logout", id: "staff-logout" },
    el("input", { type: "hidden", name: "_csrf", value: me.csrf.token }),
    el("button", { type: "submit", t: "shell.logout" }));
  const who = el("span", { id: "staff-who", t: "shell.signedIn", params: { user: me.username, roles: { list: roles } } });
  const bar = el("div", { id: "staff-bar", role: "navigation" }, ...links, who, picker, logout);
  const existing = document.getElementById("staff-bar");
  if (existing) existing.replaceWith(bar);
  else document.body.prepend(bar);
  const user = document.getElementById("user");
  if (user) user.textContent = "";
}

async function signIn() {
  ops.me = await api("GET", "/api/staff/me");
  ops.csrf = ops.me.csrf;
  useLanguage(LANGUAGES.includes(ops.me.language) ? ops.me.language : browserLanguage());
  drawShell(ops.me);
  return ops.me;
}

// Shared by the ops pages: DOM building (text only, never innerHTML: pages show what shoppers
// typed), status messages, and fetch with the session's CSRF token and problem-detail errors.
"use strict";

const ops = { csrf: null, me: null };
const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(props).forEach(([key, value]) => {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  });
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ""))));
  return node;
}

function say(text, error = false) {
  const message = $("#message");
  message.textContent = text;
  message.className = error ? "error" : "";
}

async function api(method, path, body, contentType = "application/json") {
  const headers = { Accept: "application/json, application/problem+json" };
  if (method !== "GET") headers[ops.csrf.headerName] = ops.csrf.token;
  if (body !== undefined) headers["Content-Type"] = contentType;
  const response = await fetch(path, {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : (contentType === "application/json" ? JSON.stringify(body) : body),
  });
  if (response.status === 401) { window.location = "/login"; throw new Error("Please log in"); }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error((data && data.detail) || response.statusText);
  return data;
}

function guarded(handler) {
  return (event) => Promise.resolve(handler(event)).catch((error) => say(error.message, true));
}

// Every <select class="shop-picker"> lists the shops the signed-in staff member works for.
async function fillShopPickers() {
  const shops = await api("GET", "/api/ops/shops");
  document.querySelectorAll("select.shop-picker").forEach((select) => {
    select.replaceChildren(...shops.map((s) => el("option", { value: s.shopId }, `${s.name.zhHans || s.name.en} (${s.shopId})`)));
  });
  return shops;
}

// The staff shell: every staff page gets the same bar of the pages the signed-in member's
// roles open, who is signed in, the language of the bar, and sign out. The pages' own
// labels are not translated yet; the bar's are.
const SHELL_WORDS = {
  "en": { console: "Console", kb: "Knowledge base", returns: "Returns", insights: "Insights", shop: "Shop settings",
    signedIn: "Signed in as", logout: "Sign out", language: "Language", AGENT: "agent", OPS: "operations", ADMIN: "admin",
    platform: "platform admin" },
  "zh-Hans": { console: "客服工作台", kb: "知识库", returns: "退换货", insights: "数据洞察", shop: "店铺设置",
    signedIn: "当前登录", logout: "退出登录", language: "语言", AGENT: "客服", OPS: "运营", ADMIN: "管理员", platform: "平台管理员" },
  "zh-Hant": { console: "客服工作台", kb: "知識庫", returns: "退換貨", insights: "數據洞察", shop: "店鋪設定",
    signedIn: "目前登入", logout: "登出", language: "語言", AGENT: "客服", OPS: "營運", ADMIN: "管理員", platform: "平台管理員" },
};

const STAFF_PAGES = [
  { key: "console", href: "/console", roles: ["AGENT"] },
  { key: "kb", href: "/ops/kb", roles: ["OPS"] },
  { key: "returns", href: "/ops/returns", roles: ["OPS"] },
  { key: "insights", href: "/ops/insights", roles: ["OPS"] },
  { key: "shop", href: "/ops/shop", roles: ["AGENT", "OPS", "ADMIN"] },
];

const SHELL_LANGUAGE_KEY = "kefu.staff.language";

function staffLanguage() {
  const chosen = localStorage.getItem(SHELL_LANGUAGE_KEY);
  if (SHELL_WORDS[chosen]) return chosen;
  for (const tag of navigator.languages || [navigator.language || "en"]) {
    const lower = tag.toLowerCase();
    if (lower.startsWith("zh")) return /hant|-tw|-hk|-mo/.test(lower) ? "zh-Hant" : "zh-Hans";
    if (lower.startsWith("en")) return "en";
  }
  return "en";
}

function drawShell(me) {
  const language = staffLanguage();
  const words = SHELL_WORDS[language];
  document.documentElement.lang = language;
  const links = STAFF_PAGES.filter((page) => page.roles.some((role) => me.roles.includes(role)))
    .map((page) => {
      const link = el("a", { href: page.href, class: "staff-link" }, words[page.key]);
      if (window.location.pathname.startsWith(page.href)) link.setAttribute("aria-current", "page");
      return link;
    });
  const picker = el("select", { id: "staff-language", "aria-label": words.language, onchange: (event) => {
    localStorage.setItem(SHELL_LANGUAGE_KEY, event.target.value);
    drawShell(me);
  } }, ...Object.keys(SHELL_WORDS).map((code) =>
    el("option", { value: code }, { "en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文" }[code])));
  picker.value = language;
  const roles = me.platformAdmin ? [words.platform] : me.roles.map((role) => words[role] || role.toLowerCase());
  const logout = el("form", { method: "post", action: "/logout", id: "staff-logout" },
    el("input", { type: "hidden", name: "_csrf", value: me.csrf.token }),
    el("button", { type: "submit" }, words.logout));
  const bar = el("div", { id: "staff-bar", role: "navigation" }, ...links,
    el("span", { id: "staff-who" }, `${words.signedIn} ${me.username} · ${roles.join(" / ")}`), picker, logout);
  const existing = document.getElementById("staff-bar");
  if (existing) existing.replaceWith(bar);
  else document.body.prepend(bar);
  const user = document.getElementById("user");
  if (user) user.textContent = "";
}

async function signIn() {
  ops.me = await api("GET", "/api/staff/me");
  ops.csrf = ops.me.csrf;
  drawShell(ops.me);
  return ops.me;
}

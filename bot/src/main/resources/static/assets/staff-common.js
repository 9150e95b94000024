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

async function signIn() {
  ops.me = await api("GET", "/api/staff/me");
  ops.csrf = ops.me.csrf;
  $("#user").textContent = `${ops.me.username} (${ops.me.roles.join(", ")})`;
  return ops.me;
}

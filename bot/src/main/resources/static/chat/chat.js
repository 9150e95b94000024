// The shopper's chat widget: small enough for a shop app's web view. Messages are kept by their
// sequence number, so a reconnect (which asks for everything after the last one) never shows a
// message twice; a message not yet acknowledged is sent again with the same client id, which the
// server stores once. Every text is put into the page as text, never as HTML.
"use strict";

const TEXT = {
  zh: { title: "在线客服", send: "发送", placeholder: "输入您的问题…", online: "已连接", offline: "连接中…", pickShopper: "演示模式：选择一位演示顾客" },
  en: { title: "Customer service", send: "Send", placeholder: "Type your question…", online: "Connected", offline: "Connecting…", pickShopper: "Demo mode: pick a demo shopper" },
};
const state = { token: null, conversationId: null, lastSeq: 0, messages: new Map(), pending: new Map(), client: null, language: "zh" };
const $ = (selector) => document.querySelector(selector);

function t(key) { return TEXT[state.language][key]; }

function applyLanguage(language) {
  state.language = language;
  document.documentElement.lang = language;
  document.querySelectorAll("[data-text]").forEach((node) => { node.textContent = t(node.dataset.text); });
  $("#text").placeholder = t("placeholder");
  setConnected(state.client && state.client.connected);
}

function setConnected(connected) {
  const label = $("#connection");
  label.className = connected ? "online" : "offline";
  label.textContent = connected ? t("online") : t("offline");
}

function notice(text) { $("#notice").textContent = text || ""; }

async function rest(method, path, body) {
  const response = await fetch(path, {
    method, headers: { "Content-Type": "application/json", Authorization: "Bearer " + state.token },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw Object.assign(new Error((data && data.detail) || response.statusText), { status: response.status });
  return data;
}

// Markdown as in the knowledge base: paragraphs, **bold**, links to http(s) only.
function renderText(target, text) {
  text.split(/\n{2,}/).forEach((block) => {
    const paragraph = document.createElement("p");
    const pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
    let last = 0, match;
    while ((match = pattern.exec(block)) !== null) {
      paragraph.append(block.slice(last, match.index));
      if (match[1]) { const strong = document.createElement("strong"); strong.textContent = match[1]; paragraph.append(strong); }
      else if (/^https?:/.test(match[3])) { const a = document.createElement("a"); a.href = match[3]; a.rel = "noopener"; a.textContent = match[2]; paragraph.append(a); }
      else paragraph.append(match[2]);
      last = pattern.lastIndex;
    }
    paragraph.append(block.slice(last));
    target.append(paragraph);
  });
}

const PHOTO_ONLY = "📷";

function bubble(sender, text, extraClass, photos = []) {
  const node = document.createElement("div");
  node.className = "bubble " + sender + (extraClass ? " " + extraClass : "");
  photos.forEach((photo) => showPhoto(node, photo));
  if (!(photos.length && text === PHOTO_ONLY)) renderText(node, text);
  return node;
}

// Photos are private: fetched with the shopper's token, shown from a local blob URL.
function showPhoto(node, photo) {
  const img = document.createElement("img");
  img.alt = "photo";
  node.append(img);
  if (photo instanceof Blob) { img.src = URL.createObjectURL(photo); return; }
  fetch(`/api/shopper/conversations/${state.conversationId}/attachments/${photo}`, { headers: { Authorization: "Bearer " + state.token } })
    .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(response.statusText))))
    .then((blob) => { img.src = URL.createObjectURL(blob); })
    .catch(() => img.remove());
}

async function sendPhoto(file) {
  const form = new FormData();
  form.append("file", file);
  const response = await fetch(`/api/shopper/conversations/${state.conversationId}/attachments`, {
    method: "POST", headers: { Authorization: "Bearer " + state.token }, body: form,
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) { notice((data && data.detail) || response.statusText); return; }
  send($("#text").value, [data.id], file);
  $("#text").value = "";
}

function showQuickReplies(replies) {
  const box = $("#quick-replies");
  box.replaceChildren(...replies.map((reply) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = reply.label;
    button.addEventListener("click", () => send(reply.value));
    return button;
  }));
}

function receive(message) {
  if (message.conversationId !== state.conversationId || state.messages.has(message.seq)) return;
  state.messages.set(message.seq, message);
  state.lastSeq = Math.max(state.lastSeq, message.seq);
  if (message.clientMessageId && state.pending.has(message.clientMessageId)) {
    state.pending.get(message.clientMessageId).node.remove();
    state.pending.delete(message.clientMessageId);
  }
  const node = bubble(message.sender, message.text, "", message.attachmentIds || []);
  node.dataset.seq = message.seq;
  if (message.entryId) node.dataset.entry = message.entryId;
  const later = [...$("#messages").children].find((child) => child.dataset.seq && Number(child.dataset.seq) > message.seq);
  $("#messages").insertBefore(node, later || null);
  if (message.sender !== "SHOPPER" && message.seq === state.lastSeq) showQuickReplies(message.quickReplies || []);
  $("#messages").scrollTop = $("#messages").scrollHeight;
}

function publish(clientMessageId, pending) {
  state.client.publish({
    destination: `/app/conversations/${state.conversationId}/messages`,
    body: JSON.stringify({ clientMessageId, text: pending.text, attachmentIds: pending.attachmentIds }),
  });
}

function send(text, attachmentIds = [], localPhoto = null) {
  text = text.trim();
  if (!text && !attachmentIds.length) return;
  const clientMessageId = crypto.randomUUID();
  const node = bubble("SHOPPER", text || PHOTO_ONLY, "pending", localPhoto ? [localPhoto] : []);
  $("#messages").append(node);
  const pending = { text, attachmentIds, node };
  state.pending.set(clientMessageId, pending);
  showQuickReplies([]);
  notice("");
  if (state.client && state.client.connected) publish(clientMessageId, pending);
}

function connect() {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  state.client = new StompJs.Client({
    brokerURL: `${scheme}://${location.host}/ws/chat?access_token=${encodeURIComponent(state.token)}`,
    reconnectDelay: 2000,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
  });
  state.client.onConnect = () => {
    setConnected(true);
    state.client.subscribe("/user/queue/messages", (frame) => receive(JSON.parse(frame.body)));
    state.client.subscribe("/user/queue/errors", (frame) => notice(JSON.parse(frame.body).detail));
    // Catch up on what arrived while away, then resend what was never acknowledged.
    state.client.publish({ destination: `/app/conversations/${state.conversationId}/resume`, body: JSON.stringify({ afterSeq: state.lastSeq }) });
    state.pending.forEach((pending, clientMessageId) => publish(clientMessageId, pending));
  };
  state.client.onWebSocketClose = () => setConnected(false);
  state.client.onStompError = (frame) => notice(frame.headers.message || "error");
  state.client.activate();
}

async function start(token) {
  state.token = token;
  $("#who").hidden = true;
  const key = "kefu.conversation." + token.split(".")[1];
  state.conversationId = sessionStorage.getItem(key);
  let history = null;
  if (state.conversationId) {
    history = await rest("GET", `/api/shopper/conversations/${state.conversationId}/messages?after=0`).catch(() => null);
  }
  if (!history) {
    state.conversationId = (await rest("POST", "/api/shopper/conversations", { channel: "APP" })).id;
    sessionStorage.setItem(key, state.conversationId);
    history = [];
  }
  history.forEach(receive);
  connect();
}

async function pickDemoShopper() {
  $("#who").hidden = false;
  const response = await fetch("/api/demo/tokens");
  if (!response.ok) { notice("demo mode is off"); return; }
  for (const shop of await response.json()) {
    const group = document.createElement("div");
    group.className = "demo-shop";
    const name = document.createElement("p");
    name.textContent = state.language === "en" ? shop.name.en : shop.name.zhHans;
    group.append(name);
    for (const shopperId of shop.shoppers) {
      const button = document.createElement("button");
      button.textContent = shopperId;
      button.addEventListener("click", async () => {
        const issued = await fetch("/api/demo/tokens", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ shopperId, shopId: shop.id }) });
        if (!issued.ok) { notice("demo mode is off"); return; }
        start((await issued.json()).token).catch((error) => notice(error.message));
      });
      group.append(button);
    }
    $("#shoppers").append(group);
  }
}

$("#composer").addEventListener("submit", (event) => { event.preventDefault(); send($("#text").value); $("#text").value = ""; });
$("#language").addEventListener("change", (event) => applyLanguage(event.target.value));
$("#photo").addEventListener("change", (event) => {
  const file = event.target.files[0];
  event.target.value = "";
  if (file) sendPhoto(file).catch((error) => notice(error.message));
});
applyLanguage(navigator.language && navigator.language.startsWith("en") ? "en" : "zh");
$("#language").value = state.language;
// The shop's app passes its shopper token in the fragment (never sent to any server in a URL).
const fromApp = new URLSearchParams(location.hash.slice(1)).get("token");
if (fromApp) start(fromApp).catch((error) => notice(error.message)); else pickDemoShopper().catch((error) => notice(error.message));

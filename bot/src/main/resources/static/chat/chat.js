// The shopper's chat widget: small enough for a shop app's web view. Messages are kept by their
// sequence number, so a reconnect (which asks for everything after the last one) never shows a
// message twice; a message not yet acknowledged is sent again with the same client id, which the
// server stores once. Every text is put into the page as text, never as HTML.
"use strict";

// The widget's own labels, in the language the shopper picks (the bot's replies follow the language
// and script the shopper writes in, not this option). Error frames are told from their code.
const TEXT = {
  zh: { title: "在线客服", send: "发送", placeholder: "输入您的问题…", online: "已连接", offline: "连接中…", pickShopper: "演示模式：选择一位演示顾客",
    botTyping: "客服正在输入…", agentTyping: "客服人员正在输入…", read: "已读",
    errors: { RATE_LIMITED: "发送太快了，请稍等片刻再发。", TOO_LONG: "消息太长了，请分几条发送。", INVALID_TEXT: "消息里有无法发送的字符。", NOT_FOUND: "找不到这个对话，请刷新页面。", other: "消息没有发送成功，请重试。" } },
  zhHant: { title: "線上客服", send: "發送", placeholder: "輸入您的問題…", online: "已連線", offline: "連線中…", pickShopper: "示範模式：選擇一位示範顧客",
    botTyping: "客服正在輸入…", agentTyping: "客服人員正在輸入…", read: "已讀",
    errors: { RATE_LIMITED: "發送太快了，請稍等片刻再發。", TOO_LONG: "訊息太長了，請分幾則發送。", INVALID_TEXT: "訊息裡有無法發送的字元。", NOT_FOUND: "找不到這個對話，請重新整理頁面。", other: "訊息沒有發送成功，請重試。" } },
  en: { title: "Customer service", send: "Send", placeholder: "Type your question…", online: "Connected", offline: "Connecting…", pickShopper: "Demo mode: pick a demo shopper",
    botTyping: "Typing…", agentTyping: "An agent is typing…", read: "Read",
    errors: { RATE_LIMITED: "You're sending too fast; please wait a moment.", TOO_LONG: "That message is too long; please split it.", INVALID_TEXT: "That message has characters that can't be sent.", NOT_FOUND: "This conversation can't be found; please reload.", other: "The message wasn't sent; please try again." } },
};
const LANGUAGE_TAGS = { zh: "zh-Hans", zhHant: "zh-Hant", en: "en" };
const state = { token: null, conversationId: null, lastSeq: 0, messages: new Map(), pending: new Map(), client: null, language: "zh", live: false, unread: 0, typingTimer: null, readSent: 0, agentRead: 0, person: false, typingSentAt: 0, typingOn: false };
const $ = (selector) => document.querySelector(selector);

function t(key) { return TEXT[state.language][key]; }

function applyLanguage(language) {
  state.language = TEXT[language] ? language : "zh";
  document.documentElement.lang = LANGUAGE_TAGS[state.language];
  document.querySelectorAll("[data-text]").forEach((node) => { node.textContent = t(node.dataset.text); });
  $("#text").placeholder = t("placeholder");
  setConnected(state.client && state.client.connected);
  showAgentRead();
}

function setConnected(connected) {
  const label = $("#connection");
  label.className = connected ? "online" : "offline";
  label.textContent = connected ? t("online") : t("offline");
}

function notice(text) { $("#notice").textContent = text || ""; }

function refused(error) { notice(t("errors")[error.code] || t("errors").other); }

// Unread count for the shop's app when the widget is embedded: a message from the bot or an agent
// that arrives while the widget is hidden or not focused counts; looking at it again resets it.
// The app listens for {type: "kefu:unread", count} (docs/api.md); the origin it runs on may be
// named with #origin=… so that no other page hears it.
const PARENT_ORIGIN = new URLSearchParams(location.hash.slice(1)).get("origin") || "*";
function postUnread() {
  if (window.parent !== window) window.parent.postMessage({ type: "kefu:unread", count: state.unread }, PARENT_ORIGIN);
  document.title = (state.unread ? `(${state.unread}) ` : "") + "客服 · Kefu";
}
function seen() {
  if (document.hidden || !document.hasFocus()) return;
  if (state.unread) { state.unread = 0; postUnread(); }
  markRead();
}

// Read receipts: what the shopper has on screen is reported as the last sequence number shown
// (/app/conversations/{id}/read); how far the agent has read comes on /user/queue/read and is
// shown as "已读" under the shopper's last message the agent has read.
function markRead() {
  if (!state.client || !state.client.connected || document.hidden || !document.hasFocus()) return;
  if (state.lastSeq <= state.readSent) return;
  state.readSent = state.lastSeq;
  state.client.publish({ destination: `/app/conversations/${state.conversationId}/read`, body: JSON.stringify({ seq: state.lastSeq }) });
}
function showRead(frame) {
  if (frame.conversationId !== state.conversationId || frame.reader !== "AGENT") return;
  state.person = true;
  state.agentRead = Math.max(state.agentRead, frame.seq);
  showAgentRead();
}
function showAgentRead() {
  document.querySelectorAll("#messages .read-mark").forEach((mark) => mark.remove());
  if (!state.agentRead) return;
  const read = [...document.querySelectorAll("#messages [data-seq]")]
    .filter((node) => node.dataset.sender === "SHOPPER" && Number(node.dataset.seq) <= state.agentRead).pop();
  if (!read) return;
  const mark = document.createElement("span");
  mark.className = "read-mark";
  mark.textContent = t("read");
  read.append(mark);
}
document.addEventListener("visibilitychange", seen);
window.addEventListener("focus", seen);

function showTyping(frame) {
  if (frame.conversationId !== state.conversationId) return;
  const line = $("#typing");
  clearTimeout(state.typingTimer);
  if (!frame.typing) { line.hidden = true; return; }
  if (frame.sender === "AGENT") state.person = true;
  line.textContent = frame.sender === "AGENT" ? t("agentTyping") : t("botTyping");
  line.hidden = false;
  // An agent's console sends a frame every few seconds while they type; silence means they stopped.
  state.typingTimer = setTimeout(() => { line.hidden = true; }, 6000);
}

// The shopper's typing goes to the agent's console (/app/conversations/{id}/typing) only while a
// person has the conversation: from a person's message, notice, typing or read receipt until the bot
// speaks again (handed back or resolved). The server relays it to that agent alone, never stores it,
// and drops it while nobody has the conversation. One frame every 2 s at most while typing, and a
// "stopped" when the box is emptied or the message sent.
function publishTyping(typing) {
  state.client.publish({ destination: `/app/conversations/${state.conversationId}/typing`, body: JSON.stringify({ typing }) });
}
function shopperTyping() {
  if (!$("#text").value.trim()) { stoppedTyping(); return; }
  if (!state.person || !state.client || !state.client.connected || Date.now() - state.typingSentAt < 2000) return;
  state.typingSentAt = Date.now();
  state.typingOn = true;
  publishTyping(true);
}
function stoppedTyping() {
  if (!state.typingOn) return;
  // The 2 s stay counted from the last "typing": emptying and retyping cannot send faster than the
  // server's 60 a minute.
  state.typingOn = false;
  if (state.client && state.client.connected) publishTyping(false);
}

function clock(iso) {
  const at = new Date(iso);
  return isNaN(at) ? "" : at.toLocaleTimeString(LANGUAGE_TAGS[state.language], { hour: "2-digit", minute: "2-digit" });
}

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

function showQuickReplies(replies, typed = false) {
  const box = $("#quick-replies");
  box.replaceChildren(...replies.map((reply) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = reply.label;
    // The shopper's bubble shows the label they tapped; the value behind it goes along. A quick start
    // of the greeting is sent as the shopper's own words.
    button.addEventListener("click", () => (typed ? send(reply.text) : send(reply.label, [], null, reply.value)));
    return button;
  }));
}

// The greeting is the widget's, not a stored message: it does not move the conversation's numbering.
async function greet() {
  const greeting = await rest("GET", `/api/shopper/greeting?language=${LANGUAGE_TAGS[state.language]}`);
  // Styled as the bot's, but not one of the conversation's messages.
  const node = bubble("greeting", greeting.text, "");
  $("#messages").prepend(node);
  if (!state.messages.size) showQuickReplies(greeting.quickStarts, true);
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
  node.dataset.sender = message.sender;
  const time = document.createElement("time");
  time.dateTime = message.createdAt;
  time.textContent = clock(message.createdAt);
  node.append(time);
  if (message.sender !== "SHOPPER" && message.seq === state.lastSeq) state.person = message.sender !== "BOT";
  if (message.sender !== "SHOPPER") {
    $("#typing").hidden = true;
    if (state.live && (document.hidden || !document.hasFocus())) { state.unread++; postUnread(); }
  }
  if (message.entryId) node.dataset.entry = message.entryId;
  const later = [...$("#messages").children].find((child) => child.dataset.seq && Number(child.dataset.seq) > message.seq);
  $("#messages").insertBefore(node, later || null);
  // The latest buttons stay until the shopper answers (sending clears them) or newer ones come: a
  // case's news arriving meanwhile must not take away the question they were about to answer.
  if (message.sender !== "SHOPPER" && message.seq === state.lastSeq && (message.quickReplies || []).length) showQuickReplies(message.quickReplies);
  if (message.sender === "SHOPPER" && message.seq === state.lastSeq) showQuickReplies([]);
  $("#messages").scrollTop = $("#messages").scrollHeight;
  if (message.sender === "SHOPPER" && message.seq <= state.agentRead) showAgentRead();
  markRead();
}

// A phone's keyboard opening, or the screen turning, shrinks the list: a shopper reading the latest
// messages keeps seeing them; one who scrolled back to an older one is left where they are.
let atLatest = true;
$("#messages").addEventListener("scroll", () => {
  const list = $("#messages");
  atLatest = list.scrollHeight - list.scrollTop - list.clientHeight < 24;
});
new ResizeObserver(() => { if (atLatest) $("#messages").scrollTop = $("#messages").scrollHeight; }).observe($("#messages"));

function publish(clientMessageId, pending) {
  state.client.publish({
    destination: `/app/conversations/${state.conversationId}/messages`,
    body: JSON.stringify({ clientMessageId, text: pending.text, attachmentIds: pending.attachmentIds, reply: pending.reply }),
  });
}

function send(text, attachmentIds = [], localPhoto = null, reply = undefined) {
  text = text.trim();
  if (!text && !attachmentIds.length) return;
  const clientMessageId = crypto.randomUUID();
  const node = bubble("SHOPPER", text || PHOTO_ONLY, "pending", localPhoto ? [localPhoto] : []);
  $("#messages").append(node);
  const pending = { text, attachmentIds, node, reply };
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
    state.client.subscribe("/user/queue/errors", (frame) => refused(JSON.parse(frame.body)));
    state.client.subscribe("/user/queue/typing", (frame) => showTyping(JSON.parse(frame.body)));
    state.client.subscribe("/user/queue/read", (frame) => showRead(JSON.parse(frame.body)));
    // Catch up on what arrived while away, then resend what was never acknowledged.
    state.client.publish({ destination: `/app/conversations/${state.conversationId}/resume`, body: JSON.stringify({ afterSeq: state.lastSeq }) });
    state.pending.forEach((pending, clientMessageId) => publish(clientMessageId, pending));
    state.readSent = 0;
    markRead();
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
  state.live = true;
  if (!history.length) await greet().catch(() => null);
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
    name.textContent = state.language === "en" ? shop.name.en : (state.language === "zhHant" && shop.name.zhHant) || shop.name.zhHans;
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

$("#composer").addEventListener("submit", (event) => { event.preventDefault(); send($("#text").value); $("#text").value = ""; stoppedTyping(); });
$("#text").addEventListener("input", shopperTyping);
$("#language").addEventListener("change", (event) => applyLanguage(event.target.value));
$("#photo").addEventListener("change", (event) => {
  const file = event.target.files[0];
  event.target.value = "";
  if (file) sendPhoto(file).catch((error) => notice(error.message));
});
// The widget's own labels: in the language the shop's app names (#lang=zh-Hans|zh-Hant|en), else the
// browser's. The bot's replies follow what the shopper writes either way.
const browser = new URLSearchParams(location.hash.slice(1)).get("lang") || navigator.language || "";
applyLanguage(browser.startsWith("en") ? "en" : /^zh-(Hant|TW|HK|MO)/i.test(browser) ? "zhHant" : "zh");
$("#language").value = state.language;
// The shop's app passes its shopper token in the fragment (never sent to any server in a URL).
const fromApp = new URLSearchParams(location.hash.slice(1)).get("token");
if (fromApp) start(fromApp).catch((error) => notice(error.message)); else pickDemoShopper().catch((error) => notice(error.message));

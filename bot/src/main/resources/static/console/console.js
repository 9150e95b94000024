// The agent console: the live queue, claiming, and several conversations side by side. Everything
// a shopper wrote is put into the page as text nodes (el() never parses HTML), so a message cannot
// inject script into the console.
"use strict";

const desk = { client: null, panels: new Map(), queue: null };

const newId = () => (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
  : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function setConnected(connected) {
  const label = $("#connection");
  label.className = connected ? "online" : "offline";
  label.textContent = connected ? "live" : "reconnecting…";
}

function badges(escalation) {
  return [
    el("span", { class: `badge p${escalation.priority}` }, `P${escalation.priority}`),
    ...escalation.reasons.map((reason) => el("span", { class: "badge" }, reason.toLowerCase().replaceAll("_", " "))),
    el("span", { class: "badge" }, escalation.language),
  ];
}

// The brief in the agent's own language and script (the browser's), whatever the shopper wrote in;
// the language model's summary, when there is one, goes beside it.
function agentScript() {
  const language = (navigator.language || "en").toLowerCase();
  if (!language.startsWith("zh")) return "en";
  return /^zh-(tw|hk|mo|hant)/.test(language) ? "zh-Hant" : "zh-Hans";
}

function briefText(escalation) {
  const brief = (escalation.summaries && escalation.summaries[agentScript()]) || escalation.summary;
  return escalation.modelSummary ? `${brief}\n\n${escalation.modelSummary}` : brief;
}

// In the queue: what the shopper wants and why a person, then their own last words.
function excerpt(escalation) {
  const lines = briefText(escalation).split("\n");
  const said = (escalation.brief && escalation.brief.said) || [];
  const why = lines.find((line) => /^(Why a person|转人工原因|轉人工原因)/.test(line));
  return [lines[0], why, said.length ? `“${said[said.length - 1]}”` : null].filter(Boolean).join("\n");
}

function waited(escalation) {
  // A ticket kept while the shop was closed has waited only since opening time.
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(escalation.clockFrom || escalation.createdAt)) / 1000));
  return seconds < 120 ? `${seconds}s` : `${Math.round(seconds / 60)} min`;
}

function queueItem(escalation, options) {
  const item = el("li", { "data-id": escalation.id, class: [escalation.atRisk ? "at-risk" : "", options.unsuited ? "unsuited" : ""].join(" ") },
    el("div", { class: "line" }, el("strong", {}, escalation.shopperId), ...badges(escalation),
      el("span", { class: "waited" }, waited(escalation))),
    el("div", { class: "excerpt" }, excerpt(escalation)));
  if (options.claim) {
    item.append(el("button", { type: "button", class: "claim", onclick: guarded(() => claim(escalation.id)) }, "Claim"));
  } else {
    item.append(el("button", { type: "button", onclick: guarded(() => openPanel(escalation.id)) }, "Open"));
  }
  return item;
}

async function loadQueue() {
  const queue = await api("GET", "/api/agent/escalations");
  desk.queue = queue;
  $("#capacity").textContent = `(${queue.mine.length} of ${queue.capacity})`;
  $("#waiting-count").textContent = `(${queue.waiting.length})`;
  $("#mine").replaceChildren(...queue.mine.map((e) => queueItem(e, { claim: false })));
  $("#waiting").replaceChildren(...queue.waiting.map((w) => queueItem(w.escalation, { claim: true, unsuited: !w.suitsYou })));
  return queue;
}

async function claim(id) {
  try {
    await api("POST", `/api/agent/escalations/${id}/claim`);
  } catch (error) {
    await loadQueue();
    throw error;
  }
  say("Claimed: the shopper has been told a person joined.");
  await loadQueue();
  await openPanel(id);
}

function messageItem(message) {
  const item = el("li", { class: message.sender, "data-seq": message.seq },
    el("small", {}, `${message.sender.toLowerCase()} · ${new Date(message.createdAt).toLocaleTimeString()}`),
    message.text);
  // The buttons the shopper was offered (an answer's actions among them), and for a tapped one what
  // the shopper saw: the text is already the label.
  const offered = message.quickReplies || [];
  if (offered.length) item.append(el("div", { class: "offered" }, ...offered.map((q) => el("span", { class: "chip", title: q.value }, q.label))));
  // A bot answer from the knowledge base can be marked wrong: it becomes a regression question.
  if (message.sender === "BOT" && message.entryId) {
    item.append(" ", el("button", { type: "button", class: "mark-wrong", title: `answered with ${message.entryId}`,
      onclick: guarded(() => markWrong(message)) }, "Wrong answer"));
  }
  return item;
}

async function markWrong(message) {
  const right = window.prompt(`The bot answered with ${message.entryId}.\nWhich entry should have answered? (an entry id, or "none")`, "none");
  if (right === null) return;
  await api("POST", "/api/agent/answers/marks", { conversationId: message.conversationId, seq: message.seq, rightEntryId: right.trim() });
  say(`Thanks: ops will see this answer as wrong (${right.trim() || "none"} expected), and it cannot ship again unnoticed.`);
}

function addMessage(panel, message) {
  const list = $(".messages", panel.node);
  if (panel.seqs.has(message.seq)) return;
  panel.seqs.add(message.seq);
  const later = [...list.children].find((child) => Number(child.dataset.seq) > message.seq);
  list.insertBefore(messageItem(message), later || null);
  list.scrollTop = list.scrollHeight;
  showShopperRead(panel);
  markRead(panel);
}

// Read receipts: "Read" under the agent's last message the shopper has read (READ events on
// /user/queue/console); what the agent has open in a conversation they have is reported back
// (POST /api/agent/escalations/{id}/read), and the shopper's widget shows it.
function showShopperRead(panel) {
  panel.node.querySelectorAll(".messages .read-mark").forEach((mark) => mark.remove());
  if (!panel.shopperRead) return;
  const read = [...panel.node.querySelectorAll(".messages li.AGENT")]
    .filter((item) => Number(item.dataset.seq) <= panel.shopperRead).pop();
  if (read) read.append(el("small", { class: "read-mark" }, " · Read"));
}

function markRead(panel) {
  const mine = panel.escalation && panel.escalation.status === "CLAIMED" && panel.escalation.agent === ops.me.username;
  const last = Math.max(0, ...panel.seqs);
  if (!mine || document.hidden || last <= panel.readSent) return;
  panel.readSent = last;
  api("POST", `/api/agent/escalations/${panel.id}/read`, { seq: last }).catch(() => null);
}

function table(rows, columns) {
  return el("table", {}, rows.map((row) => el("tr", {}, columns.map((column) => el("td", {}, column(row))))));
}

function renderContext(panel, detail) {
  const orders = $(".orders", panel.node);
  orders.replaceChildren(el("h4", {}, "Orders"), detail.ordersError ? el("p", { class: "error" }, detail.ordersError)
    : table(detail.orders, [(o) => o.orderId, (o) => o.status, (o) => `${o.total} ${o.currency}`,
      (o) => o.lines.map((l) => l.title).join(", ")]));
  const returns = $(".returns", panel.node);
  returns.replaceChildren(el("h4", {}, "Returns and exchanges"), table(detail.returns, [
    (c) => c.kind, (c) => c.state, (c) => `${c.title} · ${c.amount} ${c.currency}`,
    (c) => c.state === "UNDER_REVIEW" ? el("span", {},
      el("button", { type: "button", onclick: guarded(() => decide(panel, c.id, "APPROVE")) }, "Approve"),
      el("button", { type: "button", onclick: guarded(() => decide(panel, c.id, "REJECT")) }, "Reject")) : "",
  ]));
}

async function decide(panel, caseId, outcome) {
  const reason = window.prompt(outcome === "APPROVE" ? "Reason the shopper reads (approval)" : "Reason the shopper reads (rejection)");
  if (!reason) return;
  await api("POST", `/api/agent/returns/${caseId}/decision`, { outcome, reason });
  say(`Return ${outcome === "APPROVE" ? "approved" : "rejected"}.`);
  await refreshPanel(panel);
}

async function refreshPanel(panel) {
  const detail = await api("GET", `/api/agent/escalations/${panel.id}`);
  panel.escalation = detail.escalation;
  $(".who", panel.node).textContent = `${detail.escalation.shopperId} (${detail.escalation.shopId})`;
  $(".badges", panel.node).replaceChildren(...badges(detail.escalation), el("span", { class: "badge" }, detail.escalation.status));
  $(".summary", panel.node).textContent = briefText(detail.escalation);
  panel.shopperRead = Math.max(panel.shopperRead, detail.shopperReadSeq || 0);
  detail.messages.forEach((message) => addMessage(panel, message));
  showShopperRead(panel);
  markRead(panel);
  $(".notes", panel.node).replaceChildren(...detail.notes.map((n) => el("li", {}, `${n.author}: ${n.body}`)));
  renderContext(panel, detail);
  const mine = detail.escalation.status === "CLAIMED" && detail.escalation.agent === ops.me.username;
  panel.node.querySelectorAll(".reply button, .reply textarea, .note button, .note input").forEach((control) => { control.disabled = !mine; });
}

async function openPanel(id) {
  if (desk.panels.has(id)) return refreshPanel(desk.panels.get(id));
  const node = $("#chat-template").content.firstElementChild.cloneNode(true);
  node.dataset.id = id;
  const panel = { id, node, seqs: new Set(), escalation: null, shopperRead: 0, readSent: 0 };
  desk.panels.set(id, panel);
  $("#chats").append(node);
  $(".close-panel", node).addEventListener("click", () => { node.remove(); desk.panels.delete(id); });
  $(".reply", node).addEventListener("submit", guarded(async (event) => {
    event.preventDefault();
    const text = event.target.elements.text.value.trim();
    if (!text) return;
    const sent = await api("POST", `/api/agent/escalations/${id}/messages`, { clientMessageId: newId(), text });
    event.target.elements.text.value = "";
    addMessage(panel, sent);
  }));
  // While the agent types, the shopper sees "an agent is typing" (a frame every few seconds at most).
  let typingSent = 0;
  $(".reply textarea", node).addEventListener("input", () => {
    if (Date.now() - typingSent < 3000) return;
    typingSent = Date.now();
    api("POST", `/api/agent/escalations/${id}/typing`).catch(() => null);
  });
  $(".suggest", node).addEventListener("click", guarded(async () => {
    const typed = $(".reply textarea", node).value.trim();
    const suggestions = await api("GET", `/api/agent/escalations/${id}/suggestions${typed ? `?q=${encodeURIComponent(typed)}` : ""}`);
    // The preview shows an answer's actions ([申请退货](kefu://start-return)) as the buttons the shopper
    // will get, not as link text; sending the answer keeps them as buttons.
    const actions = /\[([^\]]+)\]\(kefu:\/\/[a-z-]+\)/g;
    $(".suggestions", node).replaceChildren(...(suggestions.length ? suggestions.map((s) => el("button", { type: "button",
      onclick: () => { $(".reply textarea", node).value = s.answer; } }, `${s.question} — ${s.answer.replace(actions, "").trim()}`,
      ...[...s.answer.matchAll(actions)].map((m) => el("span", { class: "chip" }, m[1]))))
      : [el("p", {}, "No knowledge-base answer fits.")]));
  }));
  $(".resolve", node).addEventListener("click", guarded(async () => {
    await api("POST", `/api/agent/escalations/${id}/resolve`);
    say("Resolved: the shopper was asked to rate the conversation.");
    node.remove(); desk.panels.delete(id); await loadQueue();
  }));
  $(".hand-back", node).addEventListener("click", guarded(async () => {
    await api("POST", `/api/agent/escalations/${id}/hand-back`);
    say("Handed back to the bot.");
    node.remove(); desk.panels.delete(id); await loadQueue();
  }));
  $(".note", node).addEventListener("submit", guarded(async (event) => {
    event.preventDefault();
    const text = event.target.elements.text.value.trim();
    if (!text) return;
    const notes = await api("POST", `/api/agent/escalations/${id}/notes`, { text });
    event.target.elements.text.value = "";
    $(".notes", node).replaceChildren(...notes.map((n) => el("li", {}, `${n.author}: ${n.body}`)));
  }));
  await refreshPanel(panel);
}

function onConsoleEvent(event) {
  if (event.type === "READ") {
    const panel = desk.panels.get(event.escalation.id);
    if (panel) { panel.shopperRead = Math.max(panel.shopperRead, event.readSeq); showShopperRead(panel); }
    return;
  }
  if (event.type === "MESSAGE") {
    const panel = desk.panels.get(event.escalation.id);
    if (panel) addMessage(panel, event.message);
    else openPanel(event.escalation.id).catch((error) => say(error.message, true));
    return;
  }
  loadQueue().catch((error) => say(error.message, true));
  const panel = desk.panels.get(event.escalation.id);
  if (panel && event.type !== "QUEUED") refreshPanel(panel).catch((error) => say(error.message, true));
}

function connect() {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  desk.client = new StompJs.Client({
    brokerURL: `${scheme}://${window.location.host}/ws/console`,
    reconnectDelay: 2000,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
  });
  desk.client.onConnect = () => {
    setConnected(true);
    desk.client.subscribe("/user/queue/console", (frame) => onConsoleEvent(JSON.parse(frame.body)));
    desk.client.subscribe("/user/queue/errors", (frame) => say(JSON.parse(frame.body).detail, true));
    // Anything missed while disconnected is in the database: reload it. The queue names the
    // agent's shops; each shop's queue has its own topic.
    loadQueue()
      .then((queue) => queue.shops.forEach((shop) =>
        desk.client.subscribe(`/topic/console/queue/${encodeURIComponent(shop)}`, (frame) => onConsoleEvent(JSON.parse(frame.body)))))
      .catch((error) => say(error.message, true));
    desk.panels.forEach((panel) => refreshPanel(panel).catch((error) => say(error.message, true)));
  };
  desk.client.onWebSocketClose = () => setConnected(false);
  desk.client.activate();
}

(async function start() {
  try {
    await signIn();
    await loadQueue();
    desk.queue.mine.forEach((e) => openPanel(e.id));
    connect();
    setInterval(() => document.querySelectorAll(".queue li .waited").forEach((node) => {
      const item = node.closest("li");
      const escalation = [...(desk.queue?.mine || []), ...(desk.queue?.waiting || []).map((w) => w.escalation)]
        .find((e) => e.id === item.dataset.id);
      if (escalation) node.textContent = waited(escalation);
    }), 5000);
  } catch (error) {
    say(error.message, true);
  }
})();

document.addEventListener("visibilitychange", () => desk.panels.forEach((panel) => markRead(panel)));

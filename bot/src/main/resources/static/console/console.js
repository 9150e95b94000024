// The agent console: the live queue, claiming, and several conversations side by side. Everything
// a shopper wrote is put into the page as text nodes (el() never parses HTML), so a message cannot
// inject script into the console. The console's own words are the agent's language's.
"use strict";

const desk = { client: null, panels: new Map(), queue: null };

const newId = () => (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
  : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function setConnected(connected) {
  const label = $("#connection");
  label.className = connected ? "online" : "offline";
  setText(label, connected ? "console.live" : "console.reconnecting");
}

// The script the shopper writes in (简体, 繁體 or English, said in the agent's language): the brief's,
// else the escalation's language.
function shopperScript(escalation) {
  const script = escalation.brief && escalation.brief.script;
  if (["zh-Hans", "zh-Hant", "en"].includes(script)) return script;
  return String(escalation.language || "").startsWith("en") ? "en" : "zh-Hans";
}

function badges(escalation) {
  return [
    el("span", { class: `badge p${escalation.priority}` }, `P${escalation.priority}`),
    ...escalation.reasons.map((reason) => el("span", { class: "badge", "data-reason": reason, t: `escalationReason.${reason}` })),
    el("span", { class: "badge script", "data-script": shopperScript(escalation), t: `script.${shopperScript(escalation)}` }),
  ];
}

// The brief in the agent's own language and script (the one they read the staff pages in), whatever
// the shopper wrote in; the language model's summary, when there is one, goes beside it.
function agentScript() {
  return i18n.language;
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
  return fmt.since(escalation.clockFrom || escalation.createdAt);
}

function queueItem(escalation, options) {
  const item = el("li", { "data-id": escalation.id, class: [escalation.atRisk ? "at-risk" : "", options.unsuited ? "unsuited" : ""].join(" ") },
    el("div", { class: "line" }, el("strong", {}, escalation.shopperId), ...badges(escalation),
      el("span", { class: "waited" }, waited(escalation))),
    el("div", { class: "excerpt" }, excerpt(escalation)), transferLine(escalation.id));
  if (options.claim) {
    item.append(el("button", { type: "button", class: "claim", onclick: guarded(() => claim(escalation.id)), t: "console.claim" }));
  } else {
    item.append(el("button", { type: "button", onclick: guarded(() => openPanel(escalation.id)), t: "console.open" }));
  }
  return item;
}

async function loadQueue() {
  const queue = await api("GET", "/api/agent/escalations");
  desk.queue = queue;
  setText($("#capacity"), "console.capacity", { mine: queue.mine.length, capacity: queue.capacity });
  setText($("#waiting-count"), "console.count", { count: queue.waiting.length });
  $("#mine").replaceChildren(...queue.mine.map((e) => queueItem(e, { claim: false })));
  $("#waiting").replaceChildren(...queue.waiting.map((w) => queueItem(w.escalation, { claim: true, unsuited: !w.suitsYou })));
  signalNewCases(queue);
  return queue;
}

async function claim(id) {
  try {
    await api("POST", `/api/agent/escalations/${id}/claim`);
  } catch (error) {
    await loadQueue();
    throw error;
  }
  say("console.claimed");
  await loadQueue();
  await openPanel(id);
}

function messageItem(message) {
  const item = el("li", { class: message.sender, "data-seq": message.seq },
    el("small", { t: "console.messageMeta", params: { sender: { key: `sender.${message.sender}` }, time: { time: message.createdAt } } }),
    message.text);
  // The buttons the shopper was offered (an answer's actions among them), and for a tapped one what
  // the shopper saw: the text is already the label.
  const offered = message.quickReplies || [];
  if (offered.length) item.append(el("div", { class: "offered" }, ...offered.map((q) => el("span", { class: "chip", title: q.value }, q.label))));
  if ((message.attachmentIds || []).length) item.append(Evidence.chatPhotos(message.conversationId, message.attachmentIds));
  // A bot answer from the knowledge base can be marked wrong: it becomes a regression question.
  if (message.sender === "BOT" && message.entryId) {
    item.append(" ", el("button", { type: "button", class: "mark-wrong", "data-i18n-title": "console.answeredWith",
      title: t("console.answeredWith", { entry: message.entryId }), onclick: guarded(() => markWrong(message)),
      t: "console.wrongAnswer", params: { entry: message.entryId } }));
  }
  return item;
}

async function markWrong(message) {
  const right = window.prompt(t("console.markPrompt", { entry: message.entryId }), "none");
  if (right === null) return;
  await api("POST", "/api/agent/answers/marks", { conversationId: message.conversationId, seq: message.seq, rightEntryId: right.trim() });
  say("console.marked", { expected: right.trim() && right.trim() !== "none" ? right.trim() : { key: "kb.noAnswer" } });
}

function addMessage(panel, message) {
  const list = $(".messages", panel.node);
  if (panel.seqs.has(message.seq)) return;
  panel.seqs.add(message.seq);
  const later = [...list.children].find((child) => Number(child.dataset.seq) > message.seq);
  list.insertBefore(messageItem(message), later || null);
  list.scrollTop = list.scrollHeight;
  if (message.sender === "SHOPPER") showShopperTyping(panel, false);
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
  if (read) read.append(el("small", { class: "read-mark", t: "console.read" }));
}

// The shopper's typing (TYPING events, only for the agent who has the conversation, never stored):
// shown until a "stopped", their message, or ~5 s without a frame (the widget repeats one every 2 s).
function showShopperTyping(panel, typing) {
  clearTimeout(panel.typingTimer);
  $(".shopper-typing", panel.node).hidden = !typing;
  if (typing) panel.typingTimer = setTimeout(() => { $(".shopper-typing", panel.node).hidden = true; }, 5000);
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
  orders.replaceChildren(el("h4", { t: "console.orders" }), detail.ordersError ? el("p", { class: "error" }, detail.ordersError)
    : table(detail.orders, [(o) => o.orderId, (o) => wordNode("orderStatus", o.status), (o) => valueNode("span", { money: o.total, currency: o.currency }),
      (o) => o.lines.map((l) => l.title).join(", ")]));
  const returns = $(".returns", panel.node);
  returns.replaceChildren(el("h4", { t: "console.returns" }), table(detail.returns, [
    (c) => wordNode("kind", c.kind), (c) => wordNode("state", c.state),
    (c) => [`${c.title} · `, valueNode("span", { money: c.amount, currency: c.currency })],
    (c) => decisionForm(panel, c, () => refreshPanel(panel)),
  ]));
  Evidence.showCases($(".evidence", panel.node), detail.returns).catch((error) => sayError(error));
  // A case waiting for a person's decision is shown, not folded away.
  if (detail.returns.some((c) => (c.actions || []).some((a) => a === "APPROVE" || a === "REJECT"))) $(".context", panel.node).open = true;
}

async function refreshPanel(panel) {
  const detail = await api("GET", `/api/agent/escalations/${panel.id}`);
  panel.detail = detail;
  panel.escalation = detail.escalation;
  $(".who", panel.node).textContent = `${detail.escalation.shopperId} (${detail.escalation.shopId})`;
  $(".badges", panel.node).replaceChildren(...badges(detail.escalation),
    el("span", { class: "badge", "data-status": detail.escalation.status, t: `escalationStatus.${detail.escalation.status}` }));
  $(".summary", panel.node).textContent = briefText(detail.escalation);
  panel.shopperRead = Math.max(panel.shopperRead, detail.shopperReadSeq || 0);
  detail.messages.forEach((message) => addMessage(panel, message));
  showShopperRead(panel);
  markRead(panel);
  $(".notes", panel.node).replaceChildren(...detail.notes.map((n) => el("li", {}, `${n.author}: ${n.body}`)));
  renderContext(panel, detail);
  const mine = detail.escalation.status === "CLAIMED" && detail.escalation.agent === ops.me.username;
  panel.node.querySelectorAll(".reply button, .reply textarea, .note button, .note input, .transfer button, .transfer input, .transfer select").forEach((control) => { control.disabled = !mine; });
}

async function openPanel(id) {
  if (desk.panels.has(id)) return refreshPanel(desk.panels.get(id));
  const node = $("#chat-template").content.firstElementChild.cloneNode(true);
  node.dataset.id = id;
  applyWords(node);
  const panel = { id, node, seqs: new Set(), escalation: null, shopperRead: 0, readSent: 0 };
  desk.panels.set(id, panel);
  $("#chats").append(node);
  $(".close-panel", node).addEventListener("click", () => { node.remove(); desk.panels.delete(id); });
  attachCanned(panel);
  attachTransfer(panel);
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
    showSuggestions(panel, suggestions);
  }));
  $(".resolve", node).addEventListener("click", guarded(async () => {
    await api("POST", `/api/agent/escalations/${id}/resolve`);
    say("console.resolved");
    node.remove(); desk.panels.delete(id); await loadQueue();
  }));
  $(".hand-back", node).addEventListener("click", guarded(async () => {
    await api("POST", `/api/agent/escalations/${id}/hand-back`);
    say("console.handedBack");
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
  if (event.type === "TYPING") {
    const panel = desk.panels.get(event.escalation.id);
    if (panel) showShopperTyping(panel, event.typing === true);
    return;
  }
  if (event.type === "MESSAGE") {
    const panel = desk.panels.get(event.escalation.id);
    if (panel) addMessage(panel, event.message);
    else openPanel(event.escalation.id).catch((error) => sayError(error));
    return;
  }
  loadQueue().catch((error) => sayError(error));
  // A conversation transferred to this agent opens, with the note among its notes.
  if (event.type === "TRANSFERRED" && event.escalation.agent === ops.me.username) {
    openPanel(event.escalation.id).catch((error) => sayError(error));
    return;
  }
  const panel = desk.panels.get(event.escalation.id);
  if (panel && event.type !== "QUEUED") refreshPanel(panel).catch((error) => sayError(error));
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
    desk.client.subscribe("/user/queue/errors", (frame) => sayText(JSON.parse(frame.body).detail, true));
    // Anything missed while disconnected is in the database: reload it. The queue names the
    // agent's shops; each shop's queue has its own topic.
    loadQueue()
      .then((queue) => queue.shops.forEach((shop) =>
        desk.client.subscribe(`/topic/console/queue/${encodeURIComponent(shop)}`, (frame) => onConsoleEvent(JSON.parse(frame.body)))))
      .catch((error) => sayError(error));
    desk.panels.forEach((panel) => refreshPanel(panel).catch((error) => sayError(error)));
  };
  desk.client.onWebSocketClose = () => setConnected(false);
  desk.client.activate();
}

// The briefs are in the agent's language: shown again in the new one.
onLanguageChange(() => {
  desk.panels.forEach((panel) => { if (panel.escalation) $(".summary", panel.node).textContent = briefText(panel.escalation); });
  loadQueue().catch((error) => sayError(error));
});

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
    sayError(error);
  }
})();

document.addEventListener("visibilitychange", () => desk.panels.forEach((panel) => markRead(panel)));

// Transferring a conversation: to another agent of the shop (they have it at once) or back to the
// queue for the agents with a skill, always with a note for the next person. The note is kept among
// the conversation's notes and shown under it in the queue.
"use strict";

function attachTransfer(panel) {
  const kind = el("select", { name: "kind", "aria-label": t("console.transferKind"), "data-i18n-aria-label": "console.transferKind" },
    el("option", { value: "agent", t: "console.transferToAgent" }), el("option", { value: "skill", t: "console.transferToSkill" }));
  const target = el("input", { name: "target", maxlength: "128", required: "", "data-i18n-placeholder": "console.transferTarget",
    placeholder: t("console.transferTarget") });
  const note = el("input", { name: "note", maxlength: "2000", required: "", "data-i18n-placeholder": "console.transferNote",
    placeholder: t("console.transferNote") });
  const form = el("form", { class: "transfer", autocomplete: "off" }, kind, target, note,
    el("button", { type: "submit", t: "console.transferSend" }));
  form.addEventListener("submit", guarded(async (event) => {
    event.preventDefault();
    const to = target.value.trim();
    const body = { note: note.value.trim(), [kind.value]: to };
    await api("POST", `/api/agent/escalations/${panel.id}/transfer`, body);
    say(kind.value === "agent" ? "console.transferredToAgent" : "console.transferredToSkill", { target: to });
    panel.node.remove();
    desk.panels.delete(panel.id);
    await loadQueue();
  }));
  const box = el("details", { class: "transfer-box" }, el("summary", { t: "console.transfer" }), form);
  $(".note", panel.node).before(box);
}

// Under a conversation in the queue: who transferred it, and their note.
function transferLine(escalationId) {
  const note = desk.queue && desk.queue.transfers && desk.queue.transfers[escalationId];
  if (!note) return "";
  return el("div", { class: "transfer-note", t: "console.transferredBy", params: { author: note.author, note: note.body } });
}

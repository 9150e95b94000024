// Keyboard shortcuts for the common actions. Alt-combinations work anywhere (typing never makes
// them), matched on the key's place (event.code) so that a Mac's Option letters work too; "?" opens
// the list only when the agent is not writing in a field; Ctrl+Enter (⌘+Enter) sends from the reply
// box, where plain Enter is a new line.
"use strict";

const SHORTCUTS = [
  { keys: "Alt+J", what: "console.key.next", code: "KeyJ", run: () => focusChat(1) },
  { keys: "Alt+K", what: "console.key.previous", code: "KeyK", run: () => focusChat(-1) },
  { keys: "Ctrl+Enter", what: "console.key.send" },
  { keys: "Alt+R", what: "console.key.resolve", code: "KeyR", run: () => clickInFocused(".resolve") },
  { keys: "Alt+S", what: "console.key.suggest", code: "KeyS", run: () => clickInFocused(".suggest") },
  { keys: "Alt+N", what: "console.key.claim", code: "KeyN", run: () => { const next = $("#waiting li:not(.unsuited) button.claim") || $("#waiting button.claim"); if (next) next.click(); } },
  { keys: "/", what: "console.key.canned" },
  { keys: "?", what: "console.key.help" },
  { keys: "Esc", what: "console.key.close" },
];

function chatNodes() {
  return [...document.querySelectorAll("#chats .chat")];
}

function focusedChat() {
  return chatNodes().find((node) => node.classList.contains("focused")) || chatNodes()[0] || null;
}

function markFocused(node) {
  chatNodes().forEach((other) => other.classList.toggle("focused", other === node));
}

function focusChat(step) {
  const chats = chatNodes();
  if (!chats.length) return;
  const at = chats.indexOf(focusedChat());
  const next = chats[(at + step + chats.length) % chats.length];
  markFocused(next);
  next.scrollIntoView({ block: "nearest" });
  const box = $(".reply textarea", next);
  if (box && !box.disabled) box.focus();
}

function clickInFocused(selector) {
  const chat = focusedChat();
  const button = chat && $(selector, chat);
  if (button && !button.disabled) button.click();
}

function writing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function toggleShortcutHelp(show) {
  let help = $("#shortcuts-help");
  if (!help) {
    help = el("aside", { id: "shortcuts-help", class: "shortcuts-help", role: "dialog", "aria-labelledby": "shortcuts-title", hidden: "" },
      el("strong", { id: "shortcuts-title", t: "console.shortcutsTitle" }),
      el("dl", {}, ...SHORTCUTS.flatMap((s) => [el("dt", {}, s.keys), el("dd", { t: s.what })])));
    document.body.append(help);
  }
  help.hidden = (show === undefined) ? !help.hidden : !show;
}

document.addEventListener("keydown", (event) => {
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    const shortcut = SHORTCUTS.find((s) => s.code && s.code === event.code);
    if (shortcut) { event.preventDefault(); shortcut.run(); }
    return;
  }
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.matches(".reply textarea")) {
    event.preventDefault();
    event.target.form.requestSubmit();
    return;
  }
  if (event.key === "Escape") { toggleShortcutHelp(false); return; }
  if (event.key === "?" && !writing(event.target)) { event.preventDefault(); toggleShortcutHelp(); }
});
document.addEventListener("focusin", (event) => { const chat = event.target.closest && event.target.closest("#chats .chat"); if (chat) markFocused(chat); });
document.addEventListener("click", (event) => { const chat = event.target.closest && event.target.closest("#chats .chat"); if (chat) markFocused(chat); });
$("#shortcuts-button").addEventListener("click", () => toggleShortcutHelp());

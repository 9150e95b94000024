// Canned replies: typing "/" at the start of the reply box (or after a space) lists the shop's ready
// answers whose shortcut or text contains what follows, those in the shopper's script first; arrows
// move, Enter or Tab picks, Escape closes. {shopper}, {order} and {tracking} are filled from the
// conversation's context; one the context cannot fill stays as it is, for the agent to see.
"use strict";

function cannedValues(panel) {
  const detail = panel.detail || {};
  const escalation = detail.escalation || {};
  const named = escalation.brief && escalation.brief.order;
  const orders = detail.orders || [];
  const returns = detail.returns || [];
  const tracked = returns.find((c) => c.replacementTracking);
  return {
    shopper: escalation.shopperId,
    order: (named && named.orderId) || (returns[0] && returns[0].orderId) || (orders[0] && orders[0].orderId),
    tracking: tracked && tracked.replacementTracking,
  };
}

function fillCanned(text, values) {
  return text.replace(/\{(shopper|order|tracking)\}/g, (whole, name) => values[name] || whole);
}

function cannedMatches(panel, typed) {
  const replies = (panel.detail && panel.detail.cannedReplies) || [];
  const script = panel.escalation ? shopperScript(panel.escalation) : i18n.language;
  const q = typed.toLowerCase();
  return replies
    .filter((r) => r.shortcut.toLowerCase().includes(q) || r.text.toLowerCase().includes(q))
    .sort((a, b) => (b.language === script) - (a.language === script)
      || (b.shortcut.toLowerCase().startsWith(q)) - (a.shortcut.toLowerCase().startsWith(q)));
}

function attachCanned(panel) {
  const box = $(".reply textarea", panel.node);
  const list = el("ul", { class: "canned", role: "listbox", hidden: "" });
  box.parentNode.insertBefore(list, box.nextSibling);
  const state = { open: false, at: -1, items: [], index: 0 };

  const slash = () => {
    const before = box.value.slice(0, box.selectionStart);
    const found = /(^|\s)\/([^\s/]*)$/.exec(before);
    return found ? { at: before.length - found[2].length - 1, typed: found[2] } : null;
  };
  const close = () => { state.open = false; list.hidden = true; list.replaceChildren(); };
  const draw = () => {
    list.replaceChildren(...state.items.map((r, i) => el("li", {
      role: "option", class: (i === state.index) ? "chosen" : "", "aria-selected": String(i === state.index),
      onmousedown: (event) => { event.preventDefault(); state.index = i; pick(); },
    }, el("strong", {}, `/${r.shortcut}`), " ", el("span", { class: "badge" }, t(`script.${r.language}`)), " ",
      fillCanned(r.text, cannedValues(panel)))));
    list.hidden = false;
  };
  const pick = () => {
    const reply = state.items[state.index];
    const found = slash();
    if (!reply || !found) return close();
    const filled = fillCanned(reply.text, cannedValues(panel));
    const end = box.selectionStart;
    box.value = box.value.slice(0, found.at) + filled + box.value.slice(end);
    box.selectionStart = box.selectionEnd = found.at + filled.length;
    close();
    box.focus();
  };
  box.addEventListener("input", () => {
    const found = slash();
    if (!found) return close();
    state.items = cannedMatches(panel, found.typed).slice(0, 8);
    state.index = 0;
    state.open = state.items.length > 0;
    if (state.open) draw(); else close();
  });
  box.addEventListener("keydown", (event) => {
    if (!state.open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = (event.key === "ArrowDown") ? 1 : -1;
      state.index = (state.index + step + state.items.length) % state.items.length;
      draw();
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      event.stopPropagation();
      pick();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  box.addEventListener("blur", () => setTimeout(close, 150));
  panel.cannedOpen = () => state.open;
}

// Knowledge-base suggestions: an entry's markdown shown as formatted text built node by node
// (paragraphs, **bold**, *italic*, lists, links), never through innerHTML, so nothing in an entry can
// run as script or become markup it did not ask for. An action link ([申请退货](kefu://start-return))
// shows as its label, marked as the button the shopper gets; a link is a link only for http(s).
// One click puts the answer's plain text into the reply box.
"use strict";

const INLINE = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inlineNodes(text) {
  const nodes = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) nodes.push(document.createTextNode(text.slice(last, m.index)));
    if (m[1] !== undefined) nodes.push(el("strong", {}, m[1]));
    else if (m[2] !== undefined) nodes.push(el("em", {}, m[2]));
    else if (/^kefu:\/\//.test(m[4])) nodes.push(el("span", { class: "chip action", title: t("console.actionButton") }, m[3]));
    else if (/^https?:\/\//i.test(m[4])) nodes.push(el("a", { href: m[4], target: "_blank", rel: "noopener noreferrer" }, m[3]));
    else nodes.push(document.createTextNode(m[3]));
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

// Block structure: blank lines part paragraphs; lines starting "- ", "* " or "1. " make lists.
function markdownNodes(markdown) {
  const blocks = [];
  let list = null;
  let paragraph = null;
  String(markdown || "").split(/\r?\n/).forEach((line) => {
    const item = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      const tag = item[1] ? "ol" : "ul";
      if (!list || list.tagName.toLowerCase() !== tag) { list = el(tag); blocks.push(list); }
      list.append(el("li", {}, inlineNodes(item[2])));
      paragraph = null;
      return;
    }
    list = null;
    if (!line.trim()) { paragraph = null; return; }
    const text = line.replace(/^#{1,6}\s+/, "");
    if (!paragraph) { paragraph = el("p"); blocks.push(paragraph); }
    else paragraph.append(el("br"));
    paragraph.append(...inlineNodes(text));
  });
  return blocks;
}

// What the agent sends: the words without markdown, an action link as its label.
function markdownPlainText(markdown) {
  return String(markdown || "")
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*+]\s+/, "• ").replace(/^#{1,6}\s+/, ""))
    .join("\n")
    .replace(INLINE, (whole, bold, italic, label) => bold ?? italic ?? label)
    .trim();
}

function showSuggestions(panel, suggestions) {
  const box = $(".reply textarea", panel.node);
  $(".suggestions", panel.node).replaceChildren(...(suggestions.length ? suggestions.map((s) =>
    el("div", { class: "suggestion", "data-entry": s.entryId },
      el("div", { class: "suggestion-head" }, el("strong", {}, s.question),
        el("button", { type: "button", class: "insert", t: "console.insert", onclick: () => {
          box.value = markdownPlainText(s.answer);
          box.focus();
          box.dispatchEvent(new Event("input"));
        } })),
      el("div", { class: "answer" }, markdownNodes(s.answer))))
    : [el("p", { t: "console.noSuggestion" })]));
}

// Deciding a return case from the console: a form inline under the case, with only the actions its
// state accepts (the server's list, the same the returns page uses). A rejection needs a reason; an
// approval may have one. What the agent writes is what the shopper reads.
"use strict";

// An approval without a reason tells the shopper so in their own script, not the agent's.
function approvalInShopperWords(panel) {
  const words = STAFF_WORDS[shopperScript(panel.escalation)] || STAFF_WORDS.en;
  return words["console.approvedForShopper"];
}

function decisionForm(panel, returnCase, onDecided) {
  const actions = new Set(returnCase.actions || []);
  if (!actions.has("APPROVE") && !actions.has("REJECT")) return "";
  const reason = el("input", { name: "reason", maxlength: "300", "data-i18n-placeholder": "console.decisionReason",
    placeholder: t("console.decisionReason"), "aria-label": t("console.decisionReason") });
  const form = el("form", { class: "decision", "data-case": returnCase.id, autocomplete: "off" }, reason);
  const problem = el("small", { class: "error decision-problem", role: "alert" });
  const decide = (outcome) => guarded(async (event) => {
    event.preventDefault();
    const why = reason.value.trim();
    if (outcome === "REJECT" && !why) {
      setText(problem, "console.rejectNeedsReason");
      reason.focus();
      return;
    }
    problem.textContent = "";
    await api("POST", `/api/agent/returns/${returnCase.id}/decision`,
      { outcome, reason: why || approvalInShopperWords(panel) });
    say(outcome === "APPROVE" ? "returns.approved" : "returns.rejected");
    await onDecided();
  });
  ["APPROVE", "REJECT"].filter((a) => actions.has(a)).forEach((a) =>
    form.append(el("button", { type: "button", class: `decide-${a.toLowerCase()}`, onclick: decide(a), t: `action.${a}` })));
  form.append(problem);
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}

// The evidence staff read beside a return, shared by the agent console and the returns page: a
// case's photos (or a chat's) as thumbnails with what the checks found, in words, and the return's
// risk score with its reasons. What the checks found are facts for a person to weigh, never proof:
// the page says so. Everything from the server goes in as text (el() and textContent); the photos
// load with the staff session from endpoints that serve them only to the shop's own staff.
"use strict";

const Evidence = (() => {
  // The photo lists of a case or a chat do not change once sent: asked once per page, and each
  // photo's figure (its image already loaded) kept, so a panel redrawn on every chat event does not
  // fetch the images again.
  const lists = new Map();
  const figures = new Map();

  function list(url, fresh = false) {
    if (fresh || !lists.has(url)) {
      const asked = api("GET", url).catch((error) => { lists.delete(url); throw error; });
      lists.set(url, asked);
    }
    return lists.get(url);
  }

  // Words the server wrote in each language (a risk signal's reason): shown in the staff member's,
  // and again in the new one when they switch.
  function said(words, props = {}) {
    const node = el("span", { ...props, class: `evidence-said ${props.class || ""}`.trim() });
    node.evidenceWords = words;
    showSaid(node);
    return node;
  }

  function showSaid(node) {
    const words = node.evidenceWords || {};
    node.textContent = ({ en: words.en, "zh-Hant": words.zhHant || words.zh }[i18n.language] || words.zh || words.en || "");
  }

  onLanguageChange(() => {
    document.querySelectorAll(".evidence-said").forEach(showSaid);
    document.querySelectorAll("[data-i18n-alt]").forEach((node) => { node.alt = t(node.dataset.i18nAlt); });
  });

  // ---------------------------------------------------------------------------------------------
  // One photo's facts, in words.
  // ---------------------------------------------------------------------------------------------
  function facts(photo) {
    const items = [];
    const fact = (key, params, kind = "fact") => items.push(el("li", { class: `evidence-fact ${kind}`, "data-fact": key, t: key, params }));
    if (photo.citedElsewhere && !photo.checked) fact("evidence.citedElsewhere", undefined, "flag");
    if (photo.listingPhoto && !photo.checked) fact("evidence.listingPhoto", undefined, "flag");
    if (!photo.checked) {
      fact("evidence.notChecked", undefined, "note");
      return items;
    }
    fact(photo.usable ? "evidence.counted" : "evidence.notCounted", undefined, photo.usable ? "note" : "flag");
    (photo.problems || []).forEach((problem) => fact(`evidence.problem.${problem}`, undefined, "flag"));
    (photo.metadata || []).forEach((name) => fact(`evidence.metadata.${name}`, undefined, "flag"));
    if (photo.citedElsewhere) fact("evidence.citedElsewhere", undefined, "flag");
    if (photo.copyOf) fact("evidence.copyOf", undefined, "flag");
    if (photo.listingPhoto) fact("evidence.listingPhoto", undefined, "flag");
    if (photo.vision) {
      const v = photo.vision;
      fact(`evidence.vision.shows.${v.showsProduct}`, { confidence: { percent: v.confidence, digits: 0 } }, v.showsProduct === "NO" ? "flag" : "fact");
      if (v.showsProduct === "YES") {
        fact(`evidence.vision.problem.${v.problem}`, { confidence: { percent: v.confidence, digits: 0 } }, v.problem === "NONE" ? "fact" : "flag");
      }
    }
    if (photo.capturedAt) fact("evidence.capturedAt", { at: { dateTime: photo.capturedAt } });
    if (photo.camera) fact("evidence.camera", { camera: photo.camera });
    if (photo.software) fact("evidence.software", { software: photo.software });
    if (photo.width && photo.height) fact("evidence.size", { width: photo.width, height: photo.height });
    return items;
  }

  // A thumbnail that opens the photo large: a button (reachable by keyboard) holding the image.
  function figure(photo) {
    if (figures.has(photo.url)) {
      const kept = figures.get(photo.url);
      $(".evidence-facts", kept).replaceChildren(...facts(photo));
      return kept;
    }
    const image = el("img", { src: photo.url, alt: t("evidence.photoAlt"), "data-i18n-alt": "evidence.photoAlt" });
    image.addEventListener("error", () => {
      image.replaceWith(el("span", { class: "evidence-missing", t: "evidence.notLoaded" }));
    });
    const thumb = el("button", { type: "button", class: "evidence-thumb", "data-i18n-title": "evidence.enlarge", title: t("evidence.enlarge"),
      onclick: () => enlarge(photo, thumb) }, image);
    const node = el("li", { class: `evidence-photo ${photo.usable ? "usable" : "unusable"}`, "data-photo-id": photo.id },
      thumb, el("ul", { class: "evidence-facts" }, ...facts(photo)));
    figures.set(photo.url, node);
    return node;
  }

  function gallery(photos) {
    return el("div", { class: "evidence-gallery" },
      el("p", { class: "evidence-caveat", t: "evidence.caveat" }),
      el("ul", { class: "evidence-photos" }, ...photos.map(figure)));
  }

  // ---------------------------------------------------------------------------------------------
  // The photo large, in a modal dialog: Escape, the close button or a click beside it closes it,
  // and the focus goes back to the thumbnail.
  // ---------------------------------------------------------------------------------------------
  let viewer = null;

  function dialog() {
    if (viewer) return viewer;
    viewer = el("dialog", { id: "evidence-viewer", class: "evidence-viewer", "aria-labelledby": "evidence-viewer-title" },
      el("div", { class: "evidence-viewer-head" },
        el("strong", { id: "evidence-viewer-title", t: "evidence.viewerTitle" }),
        el("button", { type: "button", class: "evidence-close", t: "evidence.close", onclick: () => viewer.close() })),
      el("img", { alt: "" }),
      el("ul", { class: "evidence-facts" }));
    viewer.addEventListener("click", (event) => { if (event.target === viewer) viewer.close(); });
    viewer.addEventListener("close", () => {
      $("img", viewer).removeAttribute("src");
      if (viewer.opener && viewer.opener.isConnected) viewer.opener.focus();
    });
    document.body.append(viewer);
    return viewer;
  }

  function enlarge(photo, opener) {
    const shown = dialog();
    shown.opener = opener;
    const image = $("img", shown);
    image.src = photo.url;
    image.alt = t("evidence.photoAlt");
    $(".evidence-facts", shown).replaceChildren(...facts(photo));
    shown.showModal();
    $(".evidence-close", shown).focus();
  }

  // ---------------------------------------------------------------------------------------------
  // The return's risk score: its level in words, the score, and what raised it.
  // ---------------------------------------------------------------------------------------------
  function risk(decision) {
    const scored = decision && decision.risk;
    if (!scored) return el("p", { class: "evidence-risk none", t: "evidence.risk.notScored" });
    const signals = scored.signals || [];
    return el("div", { class: `evidence-risk level-${scored.level}`, "data-level": scored.level, "data-score": scored.score },
      el("strong", { t: "evidence.risk.line", params: { score: scored.score, level: { key: `evidence.risk.level.${scored.level}` } } }),
      signals.length
        ? el("ul", { class: "evidence-signals" }, ...signals.map((s) => el("li", { "data-kind": s.kind },
          el("span", { t: "evidence.risk.signal", params: { signal: { key: `evidence.risk.kind.${s.kind}` }, points: s.points } }),
          " — ", said(s))))
        : el("p", { t: "evidence.risk.nothing" }),
      el("p", { class: "evidence-caveat", t: "evidence.risk.caveat" }));
  }

  // ---------------------------------------------------------------------------------------------
  // What the pages call.
  // ---------------------------------------------------------------------------------------------

  // A case's evidence into a container: its risk and, when it cites photos, their thumbnails.
  async function showCase(container, c, heading = el("h3", { t: "evidence.heading" })) {
    container.dataset.caseId = c.id;
    const parts = [heading, risk(c.decision)];
    const photos = el("div", { class: "evidence-case-photos" });
    parts.push(photos);
    container.replaceChildren(...parts);
    if (!(c.photoIds || []).length) {
      photos.append(el("p", { class: "evidence-none", t: "evidence.noPhotos" }));
      return;
    }
    const found = await list(`/api/agent/returns/${c.id}/photos`);
    if (container.dataset.caseId === c.id) photos.replaceChildren(gallery(found));
  }

  // The shopper's cases in a chat's panel, each with its evidence (those with photos or a decision;
  // the others have none to show). Each case keeps its own block, so a redraw keeps the images.
  async function showCases(container, cases) {
    const shown = (cases || []).filter((c) => (c.photoIds || []).length || c.decision);
    const kept = new Map([...container.children].map((node) => [node.dataset.caseId, node]));
    const blocks = shown.map((c) => kept.get(c.id) || el("section", { class: "evidence-case", "data-case-id": c.id }));
    container.replaceChildren(...blocks);
    await Promise.all(shown.map((c, i) => showCase(blocks[i], c, el("h5", { t: "evidence.caseTitle",
      params: { kind: { key: `kind.${c.kind}` }, title: c.title, state: { key: `state.${c.state}` } } }))));
  }

  // The photos sent with one chat message: a placeholder now, the thumbnails once the chat's photo
  // list is in (asked again when it does not know a photo yet, one sent since).
  function chatPhotos(conversationId, attachmentIds) {
    const holder = el("div", { class: "evidence-chat", "data-photos": attachmentIds.join(" ") },
      el("span", { class: "evidence-loading", t: "evidence.loading" }));
    const url = `/api/agent/conversations/${conversationId}/photos`;
    const draw = (photos) => {
      const mine = attachmentIds.map((id) => photos.find((p) => p.id === id)).filter(Boolean);
      if (mine.length < attachmentIds.length) return false;
      holder.replaceChildren(gallery(mine));
      return true;
    };
    list(url)
      .then((photos) => draw(photos) || list(url, true).then((again) => draw(again)
        || holder.replaceChildren(el("span", { class: "evidence-missing", t: "evidence.notLoaded" }))))
      .catch(() => holder.replaceChildren(el("span", { class: "evidence-missing", t: "evidence.notLoaded" })));
    return holder;
  }

  return { showCase, showCases, chatPhotos, risk, gallery };
})();

// A new case in the agent's skills is signalled three ways, each of which the agent can switch off
// (remembered in this browser): a short tone made with WebAudio (no sound file), a browser
// notification (permission is asked when the agent switches it on, never on load), and the number
// of unclaimed cases suiting them in the tab's title, "(3) Kefu console".
"use strict";

const alerts = {
  key: "kefu.console.alerts",
  choices: { sound: true, notify: false, badge: true },
  baseTitle: null,
  audio: null,
  known: null,
};

function loadAlertChoices() {
  try {
    const saved = JSON.parse(localStorage.getItem(alerts.key) || "{}");
    Object.keys(alerts.choices).forEach((k) => { if (typeof saved[k] === "boolean") alerts.choices[k] = saved[k]; });
  } catch (error) { /* private mode or a broken value: the defaults */ }
}

function saveAlertChoices() {
  try { localStorage.setItem(alerts.key, JSON.stringify(alerts.choices)); } catch (error) { /* private mode */ }
}

function drawAlertSwitches() {
  const box = $("#alert-switches");
  Object.keys(alerts.choices).forEach((kind) => {
    const input = el("input", { type: "checkbox", name: `alert-${kind}`, id: `alert-${kind}` });
    input.checked = alerts.choices[kind];
    input.addEventListener("change", async () => {
      if (kind === "notify" && input.checked && "Notification" in window && Notification.permission !== "granted") {
        // Asked here, on the agent's click; a refusal switches it off again.
        const answer = await Notification.requestPermission();
        if (answer !== "granted") { input.checked = false; say("console.notifyDenied"); }
      }
      if (kind === "sound" && input.checked) unlockAudio();
      alerts.choices[kind] = input.checked;
      saveAlertChoices();
      showUnclaimed(desk.queue);
    });
    box.append(el("label", { for: `alert-${kind}` }, input, " ", tr(`console.alert.${kind}`)));
  });
}

// Browsers let a page make sound only after the user has acted on it: the context is made (or
// resumed) on the first click or key.
function unlockAudio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return null;
  if (!alerts.audio) alerts.audio = new Context();
  if (alerts.audio.state === "suspended") alerts.audio.resume().catch(() => null);
  return alerts.audio;
}

function chime() {
  const audio = unlockAudio();
  if (!audio) return;
  const now = audio.currentTime;
  [880, 1320].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = "sine";
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + i * 0.15);
    gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.15 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.15 + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start(now + i * 0.15);
    tone.stop(now + i * 0.15 + 0.3);
  });
  alerts.chimes = (alerts.chimes || 0) + 1;
}

function notifyNewCase(escalation) {
  if (!("Notification" in window) || Notification.permission !== "granted") return;
  const note = new Notification(t("console.newCase"), { body: excerpt(escalation), tag: `kefu-${escalation.id}` });
  note.onclick = () => { window.focus(); note.close(); };
}

// The title: "(n) " before the page's own, n the unclaimed cases that suit the agent.
function showUnclaimed(queue) {
  const own = t("console.title");
  const count = queue ? queue.waiting.filter((w) => w.suitsYou).length : 0;
  document.title = (alerts.choices.badge && count > 0) ? `(${count}) ${own}` : own;
}

// After each queue load: a case suiting the agent not seen before is new. The first load only
// learns what is there.
function signalNewCases(queue) {
  const suiting = queue.waiting.filter((w) => w.suitsYou).map((w) => w.escalation);
  const fresh = alerts.known ? suiting.filter((e) => !alerts.known.has(e.id)) : [];
  alerts.known = new Set(suiting.map((e) => e.id));
  showUnclaimed(queue);
  if (!fresh.length) return;
  if (alerts.choices.sound) chime();
  if (alerts.choices.notify) fresh.forEach(notifyNewCase);
}

loadAlertChoices();
drawAlertSwitches();
document.addEventListener("pointerdown", () => { if (alerts.choices.sound) unlockAudio(); }, { once: true });
document.addEventListener("keydown", () => { if (alerts.choices.sound) unlockAudio(); }, { once: true });
onLanguageChange(() => showUnclaimed(desk.queue));

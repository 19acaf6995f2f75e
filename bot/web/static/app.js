// Spotter's Mini App. No telegram-web-app.js (it would load from telegram.org): Telegram puts
// the signed initData and the theme in this page's URL fragment (#tgWebAppData=…&
// tgWebAppThemeParams=…), and we read them from there the way that script does. They are kept
// in sessionStorage for the tab's other pages and sent only in the X-Telegram-Init-Data header.
"use strict";

const store = window.sessionStorage;
const $ = (id) => document.getElementById(id);

function readFragment() {
  const hash = new URLSearchParams(location.hash.slice(1));
  const tg = window.Telegram && window.Telegram.WebApp;
  const initData = (tg && tg.initData) || hash.get("tgWebAppData");
  if (initData) store.setItem("initData", initData);
  const theme = hash.get("tgWebAppThemeParams");
  if (theme) store.setItem("theme", theme);
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  return hash.get("local");
}

// The few client events we need, sent the way telegram-web-app.js sends them: through the
// phone apps' web-view bridge, or to web.telegram.org's frame.
function postEvent(eventType, eventData = "") {
  if (window.TelegramWebviewProxy) {
    window.TelegramWebviewProxy.postEvent(eventType, JSON.stringify(eventData));
  } else if (window.parent !== window) {
    window.parent.postMessage(JSON.stringify({eventType, eventData}), "https://web.telegram.org");
  }
}

// Telegram tells an open page when the lifter switches theme.
function onClientEvent(eventType, eventData) {
  if (eventType === "theme_changed" && eventData && eventData.theme_params) {
    store.setItem("theme", JSON.stringify(eventData.theme_params));
    applyTheme();
  }
}

window.Telegram = window.Telegram || {};
window.Telegram.WebView = window.Telegram.WebView || {receiveEvent: onClientEvent};
window.addEventListener("message", (event) => {
  if (event.origin !== "https://web.telegram.org") return;
  try {
    const data = JSON.parse(event.data);
    onClientEvent(data.eventType, data.eventData);
  } catch (e) { /* not a client event */ }
});

function applyTheme() {
  let params = {};
  try { params = JSON.parse(store.getItem("theme") || "{}"); } catch (e) { params = {}; }
  const root = document.documentElement;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string" && /^#[0-9a-fA-F]{3,8}$/.test(value)) {
      root.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), value);
    }
  }
  if (params.bg_color) root.dataset.theme = isDark(params.bg_color) ? "dark" : "light";
}

function isDark(hex) {
  const n = parseInt(hex.slice(1).padEnd(6, "0").slice(0, 6), 16);
  return ((n >> 16) * 299 + ((n >> 8) & 255) * 587 + (n & 255) * 114) / 1000 < 128;
}

async function localLogin(code) {
  const res = await fetch("/app/api/local/login", {
    method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({code}),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || "The login link didn't work.");
  store.setItem("session", body.session);
}

function authHeaders() {
  const initData = store.getItem("initData");
  if (initData) return {"X-Telegram-Init-Data": initData};
  const session = store.getItem("session");
  return session ? {"X-Spotter-Session": session} : {};
}

async function api(path, options = {}) {
  const headers = {...authHeaders(), ...(options.headers || {})};
  let body = options.body;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  }
  const res = await fetch("/app/api/" + path, {method: options.method || "GET", headers, body});
  if (options.raw && res.ok) return res;
  const data = await res.json().catch(() => ({error: "The server answered " + res.status + "."}));
  if (!res.ok) throw new Error(data.error || "Something went wrong (" + res.status + ").");
  return data;
}

function say(text, error = false) {
  const status = $("status");
  status.textContent = text;
  status.className = error ? "error" : "";
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

function guard(fn) {
  return async (...args) => {
    try { await fn(...args); } catch (e) { say(e.message, true); }
  };
}

function reported(data, head) {
  return [head, ...(data.logged || []), ...(data.events || [])].filter(Boolean).join("\n");
}

// ------------------------------------------------------------------------------------ Log
const logState = {exercise: "", older: null};

async function loadLog(append = false) {
  const query = new URLSearchParams();
  if (logState.exercise) query.set("exercise", logState.exercise);
  if (append && logState.older) query.set("before", logState.older);
  const data = await api("log?" + query);
  const days = $("days");
  if (!append) days.replaceChildren();
  if (!data.days.length && !append) {
    days.append(el("p", {className: "hint", textContent: "No sets yet. Add some above."}));
  }
  for (const day of data.days) days.append(dayCard(day));
  logState.older = data.older;
  $("older").hidden = !data.older;
}

function dayCard(day) {
  const when = new Date(day.date + "T12:00:00").toLocaleDateString(undefined,
    {weekday: "short", day: "numeric", month: "short", year: "numeric"});
  const card = el("section", {className: "card day"}, el("h3", {textContent: when}));
  const byId = new Map(day.sets.map((s) => [s.id, s]));
  for (const group of day.groups) card.append(groupRow(group, group.set_ids.map((id) => byId.get(id))));
  return card;
}

// One line per group as the chat prints it, with a chip per set: tap a chip to edit that set.
function groupRow(group, sets) {
  const row = el("div", {className: "set" + (group.warmup ? " warmup" : "")});
  const what = el("span", {className: "what", textContent: (group.warmup ? "(warm-up) " : "") + group.text});
  const chips = el("span", {className: "chips"});
  const slot = el("div", {className: "slot"});
  for (const set of sets) {
    const label = set.weight === null ? set.reps + " reps" : set.weight + "×" + set.reps;
    const chip = el("button", {type: "button", className: "small secondary chip", textContent: label});
    chip.dataset.setId = set.id;
    chip.setAttribute("aria-label", "Edit set: " + set.text);
    chip.addEventListener("click", () => slot.replaceChildren(editForm(set, slot)));
    chips.append(chip);
  }
  row.append(what, chips);
  return el("div", {className: "group"}, row, slot);
}

function field(label, name, value, attrs) {
  const input = el("input", {name, value: value === null ? "" : String(value), ...attrs});
  return el("label", {}, label, input);
}

function editForm(set, slot) {
  const form = el("form", {className: "edit"});
  form.dataset.setId = set.id;
  form.append(
    field("Load (" + set.unit + ")", "weight", set.weight, {inputMode: "decimal"}),
    field("Reps", "reps", set.reps, {inputMode: "numeric"}),
    field("RPE", "rpe", set.rpe, {inputMode: "decimal"}),
  );
  const save = el("button", {type: "submit", className: "small", textContent: "Save"});
  const del = el("button", {type: "button", className: "small destructive", textContent: "Delete"});
  const cancel = el("button", {type: "button", className: "small secondary", textContent: "Cancel"});
  form.append(el("div", {className: "actions"}, save, del, cancel));
  cancel.addEventListener("click", () => slot.replaceChildren());
  form.addEventListener("submit", guard(async (event) => {
    event.preventDefault();
    const number = (name) => {
      const text = form.elements[name].value.trim().replace(",", ".");
      return text === "" ? null : Number(text);
    };
    const data = await api("sets/" + set.id, {method: "PATCH",
      json: {weight: number("weight"), reps: number("reps"), rpe: number("rpe")}});
    say(reported(data, "Updated: " + data.set.text));
    await loadLog();
  }));
  del.addEventListener("click", guard(async () => {
    const data = await api("sets/" + set.id, {method: "DELETE"});
    say(reported(data, "Removed: " + data.removed));
    await loadLog();
  }));
  return form;
}

function initLog() {
  $("add-form").addEventListener("submit", guard(async (event) => {
    event.preventDefault();
    const nonce = Math.floor(Math.random() * 2 ** 48) + 1;  // a retry of this submit adds nothing
    const data = await api("sets", {method: "POST", json: {text: $("add-text").value, nonce}});
    $("add-text").value = "";
    say(reported(data, "Logged ✅"));
    await loadLog();
  }));
  $("search-form").addEventListener("submit", guard(async (event) => {
    event.preventDefault();
    logState.exercise = $("search").value.trim();
    await loadLog();
  }));
  $("older").addEventListener("click", guard(() => loadLog(true)));
  return loadLog();
}

// ------------------------------------------------------------------------------- Progress
async function loadProgress(exercise) {
  const data = await api("progress" + (exercise ? "?exercise=" + encodeURIComponent(exercise) : ""));
  const select = $("lift");
  select.replaceChildren(...data.lifts.map((l) => el("option", {value: l.exercise, textContent: l.name})));
  select.value = data.exercise || "";
  $("chart").innerHTML = data.chart;  // built on the server from numbers only, names escaped
  if (!data.chart) $("chart").textContent = "Log a few sets with a load and your chart appears here.";
  const body = $("muscles").querySelector("tbody");
  body.replaceChildren(...data.muscles.map((m) => el("tr", {},
    el("td", {textContent: m.muscle}),
    el("td", {textContent: String(m.sets), className: m.status}),
    el("td", {textContent: m.target === null ? "—" : m.target + "–" + m.cap}))));
  if (!data.muscles.length) body.append(el("tr", {}, el("td", {textContent: "Nothing logged this week yet.", colSpan: 3})));
  $("bodyweight").innerHTML = data.bodyweight;
  if (!data.bodyweight) $("bodyweight").textContent = "Log your body weight in chat with /bw 82.5.";
}

function initProgress() {
  $("lift").addEventListener("change", guard(() => loadProgress($("lift").value)));
  return loadProgress("");
}

// ------------------------------------------------------------------------------ Programme
async function loadProgramme() {
  const data = await api("programme");
  $("block").textContent = data.block;
  $("sessions").replaceChildren(...data.sessions.map(sessionCard));
  for (const button of $("goals").querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.goal === data.goal));
  }
  $("programs").replaceChildren(...data.programs.map((p) => {
    const button = el("button", {type: "button", className: "secondary"},
      p.name, el("span", {className: "about", textContent: p.about}));
    button.dataset.program = p.name;
    button.setAttribute("aria-pressed", String(p.name === data.program));
    button.addEventListener("click", guard(async () => {
      const result = await api("program", {method: "POST", json: {name: p.name}});
      say(result.message);
      await loadProgramme();
    }));
    return button;
  }));
}

function sessionCard(session, index) {
  const when = new Date(session.date + "T12:00:00").toLocaleDateString(undefined,
    {weekday: "long", day: "numeric", month: "short"});
  const head = when + " · " + session.title + ", " + session.week + (session.deload ? " (deload)" : "");
  const list = el("ul");
  for (const item of session.items) {
    const line = el("li", {textContent: item.line});
    if (item.note && index === 0) line.append(el("span", {className: "note", textContent: item.note}));
    list.append(line);
  }
  return el("div", {className: "session"}, el("h3", {textContent: head}), list);
}

function initProgramme() {
  for (const button of $("goals").querySelectorAll("button")) {
    button.addEventListener("click", guard(async () => {
      const result = await api("goal", {method: "POST", json: {goal: button.dataset.goal}});
      say(result.message);
      await loadProgramme();
    }));
  }
  return loadProgramme();
}

// ----------------------------------------------------------------------------------- Data
function initData() {
  $("import").addEventListener("click", guard(async () => {
    const file = $("import-file").files[0];
    if (!file) throw new Error("Choose a Strong or Hevy CSV file first.");
    say("Importing…");
    const data = await api("import", {method: "POST", body: file, headers: {"Content-Type": "text/csv"}});
    $("import-summary").textContent = data.summary;
    $("import-summary").hidden = false;
    say(data.added + " new sets in your log.");
  }));
  $("export").addEventListener("click", guard(async () => {
    const res = await api("export", {raw: true});
    const link = $("export-link");
    link.href = URL.createObjectURL(await res.blob());
    link.hidden = false;
    link.click();
    say("Your export is ready (" + res.headers.get("X-Set-Count") + " sets).");
  }));
  $("delete").addEventListener("click", guard(async () => {
    const confirm = $("delete-confirm").value.trim();
    if (confirm !== "DELETE") throw new Error("Type DELETE in the box to confirm.");
    const data = await api("delete-everything", {method: "POST", json: {confirm}});
    say(data.message);
  }));
}

const PAGES = {log: initLog, progress: initProgress, programme: initProgramme, data: initData};

async function main() {
  const code = readFragment();
  applyTheme();
  postEvent("web_app_ready");
  postEvent("web_app_expand");
  if (code) await localLogin(code);
  if (!store.getItem("initData") && !store.getItem("session")) {
    say("Open this page from the bot in Telegram: send /app, or tap the menu button.", true);
    return;
  }
  await PAGES[document.body.dataset.page]();
  document.body.dataset.ready = "1";
}

main().catch((e) => say(e.message, true));

// VoiceShop test console: plain script, no build step, no third-party code.
// The server is stateless: this page holds the simulated session and sends it back with every turn.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { session: null, shopper: null, turns: [], knownOrders: new Set(), voiceAvailable: false, queue: Promise.resolve() };

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function pretty(json) { return JSON.stringify(json, null, 2); }

function jsonDetails(title, json, className) {
  const details = element("details", className);
  details.append(element("summary", null, title));
  const pre = element("pre", null, typeof json === "string" ? json : pretty(json));
  pre.tabIndex = 0;
  details.append(pre);
  return details;
}

async function postJson(url, body) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { ok: response.ok, status: response.status, json, text };
}

async function chooseShopper() {
  const result = await postJson("/api/console/shoppers", { kind: $("shopper").value });
  if (!result.ok) { addError("Could not prepare the shopper: " + result.text); return; }
  state.shopper = result.json;
  state.knownOrders = new Set();
  $("shopper-name").textContent = state.shopper.name;
  await refreshOrders(true);
}

function resetSession(announce) {
  state.session = null;
  state.voiceSession = null;
  $("record").hidden = $("platform").value !== "voice";
  state.turns = [];
  $("log").replaceChildren();
  $("export-box").hidden = true;
  $("session-state").textContent = "(new session)";
  if (announce) $("replay-status").textContent = "Session reset.";
}

function addUserBubble(text) {
  const item = element("li", "bubble user");
  item.append(element("p", "speech", text || "(opens the skill)"));
  $("log").append(item);
  item.scrollIntoView({ block: "end" });
}

function addError(message) {
  const item = element("li", "bubble assistant error");
  item.append(element("p", "speech", message));
  $("log").append(item);
}

function slotsText(slots) {
  const entries = Object.entries(slots || {});
  return entries.length === 0 ? "" : entries.map(([name, slot]) => `${name}=${slot.value ?? ""}${slot.id ? " (" + slot.id + ")" : ""}`).join(", ");
}

function addReplyBubble(turn) {
  const item = element("li", "bubble assistant" + (turn.error ? " error" : ""));
  item.append(element("p", "speech", turn.error ? turn.error : turn.speech || "(no speech)"));
  const meta = element("div", "meta");
  meta.append(element("span", "intent", "intent: " + (turn.intent || "?")));
  const slots = slotsText(turn.slots);
  if (slots) meta.append(element("span", "slots", "slots: " + slots));
  meta.append(element("span", "status", "HTTP " + turn.status));
  if (turn.endsSession) meta.append(element("span", "ended", "session ended"));
  item.append(meta);
  if (turn.card) {
    const card = element("div", "card");
    card.append(element("strong", null, turn.card.title || "Card"));
    if (turn.card.content) card.append(document.createTextNode("\n" + turn.card.content));
    item.append(card);
  }
  if (turn.ssml) item.append(jsonDetails("SSML", turn.ssml, "ssml"));
  item.append(jsonDetails("Request JSON (" + turn.platform + ")", turn.request, "json-request"));
  item.append(jsonDetails("Response JSON", turn.response ?? "(no body)", "json-response"));
  $("log").append(item);
  item.scrollIntoView({ block: "end" });
  if (turn.ssml) speak(item, turn.ssml);
  return item;
}

// The reply as audio, from the host's own text-to-speech; the bubble says when the build has none.
async function speak(item, ssml) {
  const audio = element("audio");
  audio.controls = true;
  audio.dataset.state = "loading";
  item.append(audio);
  try {
    const response = await fetch("/api/speech/synthesize", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ssml }) });
    if (!response.ok) throw new Error("HTTP " + response.status);
    const blob = await response.blob();
    audio.src = URL.createObjectURL(blob);
    audio.dataset.state = "ready";
    audio.dataset.bytes = String(blob.size);
    audio.setAttribute("aria-label", "Reply audio");
    // One voice at a time: an earlier reply still playing stops when the new one starts.
    for (const other of document.querySelectorAll("audio")) if (other !== audio) other.pause();
    audio.play().catch(() => { /* autoplay may be blocked; the controls remain */ });
  } catch (error) {
    audio.remove();
    item.append(element("span", "meta", "No audio: " + error.message));
    item.dataset.audio = "unavailable";
  }
}

async function send(utterance) {
  if (!state.shopper) await chooseShopper();
  if ($("platform").value === "voice") return sendVoice(utterance, null);
  addUserBubble(utterance);
  const body = {
    platform: $("platform").value,
    utterance,
    shopper: { accessToken: $("linked").checked ? state.shopper.accessToken : null, device: $("device").value },
    session: state.session,
  };
  const result = await postJson("/api/console/turn", body);
  if (!result.ok || !result.json) {
    addError(`The console could not run the turn (HTTP ${result.status}): ${result.text}`);
    return null;
  }
  const turn = result.json;
  state.session = turn.session;
  state.turns.push(turn);
  $("session-state").textContent = turn.endsSession ? "(session ended; the next message opens a new one)" : "(session open)";
  const item = addReplyBubble(turn);
  await refreshOrders(false);
  return { turn, item };
}

async function refreshOrders(initial) {
  if (!state.shopper) return;
  const response = await fetch(`/api/customers/${encodeURIComponent(state.shopper.customerId)}/orders`);
  const list = $("orders");
  if (!response.ok) { list.replaceChildren(element("li", null, "Orders are shown in Development only.")); return; }
  const orders = await response.json();
  list.replaceChildren();
  if (orders.length === 0) list.append(element("li", null, "No orders yet."));
  for (const order of orders) {
    const item = element("li", initial || state.knownOrders.has(order.id) ? null : "new");
    item.dataset.orderId = order.id;
    item.append(element("strong", null, `${order.id} · ${order.status}`));
    item.append(element("div", null, order.lines.map((l) => `${l.quantity} × ${l.name}`).join(", ")));
    item.append(element("div", "muted", `${order.currency} ${order.total.toFixed(2)} · arrives ${order.expectedDelivery}`));
    list.append(item);
  }
  state.knownOrders = new Set(orders.map((o) => o.id));
  await refreshMessages();
}

// The order-confirmation messages the host's outbox recorded for the shopper (Development only).
async function refreshMessages() {
  const list = $("messages");
  const response = await fetch(`/api/customers/${encodeURIComponent(state.shopper.customerId)}/notifications`);
  if (!response.ok) { list.replaceChildren(element("li", null, "Messages are shown in Development only.")); return; }
  const messages = await response.json();
  list.replaceChildren();
  if (messages.length === 0) list.append(element("li", "empty", "No messages yet."));
  for (const message of messages) {
    const item = element("li", "message");
    item.append(element("strong", null, message.subject));
    item.append(element("div", "muted", message.body));
    list.append(item);
  }
}

function exportConversation() {
  const script = {
    // The voice channel is the text channel behind a recognizer; its file runs on every platform.
    platform: $("platform").value === "voice" ? undefined : $("platform").value,
    turns: state.turns.filter((t) => !t.error).map((t) => ({
      user: t.utterance,
      expect: { intent: t.intent, speechContains: t.speech, endsSession: t.endsSession },
    })),
  };
  const json = pretty(script);
  $("export-json").textContent = json;
  $("export-box").hidden = false;
  $("export-box").open = true;
  const link = element("a");
  link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  link.download = `conversation-${script.platform || "all"}.json`;
  link.click();
}

function check(turn, expect) {
  const problems = [];
  if (!expect) return problems;
  const neutral = (name) => (name || "").replace(/^AMAZON\./, "").toLowerCase();
  if (expect.intent && neutral(expect.intent) !== neutral(turn.intent)) problems.push(`intent ${turn.intent}, expected ${expect.intent}`);
  if (expect.speechContains && !(turn.speech || "").toLowerCase().includes(expect.speechContains.toLowerCase())) problems.push(`speech lacks "${expect.speechContains}"`);
  if (typeof expect.endsSession === "boolean" && expect.endsSession !== turn.endsSession) problems.push(`endsSession ${turn.endsSession}`);
  return problems;
}

async function replay(file) {
  let script;
  try { script = JSON.parse(await file.text()); } catch { $("replay-status").textContent = "That file is not JSON."; return; }
  if (!Array.isArray(script.turns)) { $("replay-status").textContent = "A conversation file needs a turns array."; return; }
  if (script.platform) $("platform").value = script.platform;
  resetSession(false);
  let failed = 0;
  for (const scripted of script.turns) {
    const sent = await send(scripted.user);
    const problems = sent ? check(sent.turn, scripted.expect) : ["no reply"];
    if (sent) sent.item.querySelector(".meta").append(element("span", problems.length ? "check-bad" : "check-ok", problems.length ? "✗ " + problems.join("; ") : "✓ as expected"));
    if (problems.length) failed++;
  }
  $("replay-status").textContent = failed === 0 ? `Replay passed: ${script.turns.length} turns.` : `Replay failed: ${failed} of ${script.turns.length} turns differ.`;
}

// ---- The voice channel: WAV in, transcript + reply + WAV out (POST /api/voice). ----

// A typed utterance is first spoken by the host's own text-to-speech, so the voice channel can be tried
// without a microphone; a recording from the microphone goes in as it is.
async function sendVoice(utterance, recordedWav) {
  addUserBubble(recordedWav ? "(recording)" : utterance);
  const userBubble = $("log").lastElementChild;
  let wav = recordedWav;
  if (!wav) {
    const spoken = await fetch("/api/speech/synthesize", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: utterance }) });
    if (!spoken.ok) { addError(`Could not speak the utterance (HTTP ${spoken.status}).`); return null; }
    wav = await spoken.blob();
  }
  const query = new URLSearchParams({ locale: "en-US", brief: String($("device").value === "car") });
  if (state.voiceSession) query.set("sessionId", state.voiceSession);
  const headers = { "Content-Type": "audio/wav" };
  if ($("linked").checked) headers.Authorization = "Bearer " + state.shopper.accessToken;
  const response = await fetch("/api/voice?" + query, { method: "POST", headers, body: wav });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { json = null; }
  const request = { method: "POST", path: "/api/voice?" + query, contentType: "audio/wav", bytes: wav.size, authorization: headers.Authorization ? "Bearer …" : null };
  if (!response.ok || !json) {
    addError(`The voice channel answered HTTP ${response.status}: ${text}`);
    return null;
  }
  if (json.transcript !== undefined) userBubble.append(element("span", "meta", "heard: " + json.transcript));
  state.voiceSession = json.endSession ? null : json.sessionId;
  const shown = { ...json, audio: json.audio ? `(${json.audio.length} base64 characters)` : null };
  const turn = {
    platform: "voice", utterance: json.transcript ?? utterance, intent: json.intent, slots: {}, request, status: response.status,
    response: shown, ssml: null, speech: json.text, endsSession: json.endSession, card: null, error: null,
  };
  state.turns.push(turn);
  $("session-state").textContent = turn.endsSession ? "(session ended; the next message opens a new one)" : "(session open)";
  const item = addReplyBubble(turn);
  if (json.ssml) item.insertBefore(jsonDetails("SSML", json.ssml, "ssml"), item.querySelector("details"));
  if (json.audio) playBase64(item, json.audio, json.audioContentType || "audio/wav");
  await refreshOrders(false);
  return { turn, item };
}

function playBase64(item, base64, contentType) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const audio = element("audio");
  audio.controls = true;
  audio.src = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  audio.dataset.state = "ready";
  audio.dataset.bytes = String(bytes.length);
  audio.setAttribute("aria-label", "Reply audio");
  item.append(audio);
  for (const other of document.querySelectorAll("audio")) if (other !== audio) other.pause();
  audio.play().catch(() => {});
}

// Microphone capture as 16 kHz, 16-bit mono PCM WAV, the format the recognizers want.
const recorder = { context: null, stream: null, node: null, chunks: [], rate: 48000 };

async function toggleRecording() {
  const button = $("record");
  if (recorder.context) {
    const wav = stopRecording();
    button.setAttribute("aria-pressed", "false");
    button.textContent = "Record";
    if (wav) await sendVoice(null, wav);
    return;
  }
  try {
    recorder.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (error) {
    addError("The microphone is not available: " + error.message);
    return;
  }
  recorder.context = new AudioContext();
  recorder.rate = recorder.context.sampleRate;
  recorder.chunks = [];
  const source = recorder.context.createMediaStreamSource(recorder.stream);
  recorder.node = recorder.context.createScriptProcessor(4096, 1, 1);
  recorder.node.onaudioprocess = (event) => recorder.chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
  source.connect(recorder.node);
  recorder.node.connect(recorder.context.destination);
  button.setAttribute("aria-pressed", "true");
  button.textContent = "Stop and send";
}

function stopRecording() {
  recorder.node.disconnect();
  recorder.stream.getTracks().forEach((track) => track.stop());
  recorder.context.close();
  recorder.context = null;
  const length = recorder.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  if (length === 0) return null;
  const samples = new Float32Array(length);
  let offset = 0;
  for (const chunk of recorder.chunks) { samples.set(chunk, offset); offset += chunk.length; }
  return wavBlob(downsample(samples, recorder.rate, 16000), 16000);
}

function downsample(samples, from, to) {
  if (from === to) return samples;
  const ratio = from / to;
  const result = new Float32Array(Math.floor(samples.length / ratio));
  for (let i = 0; i < result.length; i++) {
    const start = Math.floor(i * ratio), end = Math.min(samples.length, Math.floor((i + 1) * ratio));
    let sum = 0;
    for (let j = start; j < end; j++) sum += samples[j];
    result[i] = sum / Math.max(1, end - start);
  }
  return result;
}

function wavBlob(samples, rate) {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const ascii = (at, text) => { for (let i = 0; i < text.length; i++) view.setUint8(at + i, text.charCodeAt(i)); };
  ascii(0, "RIFF"); view.setUint32(4, 36 + samples.length * 2, true); ascii(8, "WAVE");
  ascii(12, "fmt "); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
  view.setUint32(24, rate, true); view.setUint32(28, rate * 2, true); view.setUint16(32, 2, true); view.setUint16(34, 16, true);
  ascii(36, "data"); view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, samples[i])) * 0x7fff, true);
  return new Blob([buffer], { type: "audio/wav" });
}

async function detectVoice() {
  try {
    const response = await fetch("/api/voice", { method: "POST", headers: { "Content-Type": "audio/wav" }, body: new Uint8Array(0) });
    state.voiceAvailable = response.status !== 404 && response.status !== 405;
  } catch { state.voiceAvailable = false; }
  const option = $("platform").querySelector('option[value="voice"]');
  option.disabled = !state.voiceAvailable;
  option.textContent = state.voiceAvailable ? "Voice channel" : "Voice channel (not in this build)";
}

window.addEventListener("DOMContentLoaded", async () => {
  // Turns run one after another: an utterance sent while the last one is still being answered waits its turn
  // (never dropped), because each request carries the session the previous response returned.
  $("say").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("utterance");
    const utterance = input.value;
    input.value = "";
    state.queue = state.queue.then(() => send(utterance)).catch((error) => addError("The turn failed: " + error.message));
  });
  $("reset").addEventListener("click", () => resetSession(true));
  $("platform").addEventListener("change", () => resetSession(true));
  $("device").addEventListener("change", () => resetSession(true));
  $("linked").addEventListener("change", () => resetSession(true));
  $("shopper").addEventListener("change", async () => { resetSession(true); await chooseShopper(); });
  $("refresh-orders").addEventListener("click", () => refreshOrders(false));
  $("record").addEventListener("click", toggleRecording);
  $("export").addEventListener("click", exportConversation);
  $("replay-file").addEventListener("change", async (event) => { if (event.target.files[0]) await replay(event.target.files[0]); event.target.value = ""; });
  resetSession(false);
  await chooseShopper();
  await detectVoice();
  document.body.dataset.ready = "true";
});

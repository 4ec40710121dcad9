/* Kvadrant: the referent's phone page.
 *
 * One group's summary (referat), written on a phone over the venue Wi-Fi. Every keystroke is
 * kept in localStorage first, then saved to the facilitator's laptop a few seconds after typing
 * stops, on blur and when the page is hidden. A save names the version it started from; when
 * somebody else saved in between the server answers 409 and both texts are shown to choose from
 * (a refused delivery or reopening of the same text just shows the state as it is now). Text is
 * made well-formed (a lone surrogate becomes U+FFFD) before it is saved or kept; a text the
 * server refuses with 400 is kept here, said to be refused, and not sent again until changed.
 *
 * The group's key points (up to three one-line inputs under the text) are saved, kept and chosen
 * between together with the text: the same save, the same version, the same conflict.
 *
 * Data is only ever put on the page with textContent / value, never as HTML.
 */
"use strict";

(() => {
  // -- strings ------------------------------------------------------------------------------
  const STRINGS = {
    nb: {
      pageTitle: "Referat",
      loading: "Henter referatet …",
      group: (number, label) => `Gruppe ${number}${label ? ` – ${label}` : ""}`,
      members: "Deltakere i taleordning",
      task: "Oppgaven",
      ordstyrer: "ordstyrer",
      referent: "referent",
      deadline: (time) => `Frist: kl. ${time}`,
      deadlineOn: (date, time) => `Frist: ${date} kl. ${time}`,
      minutesLeft: (h, m) => (h ? `om ${h} t ${m} min` : `om ${m} min`),
      deadlinePassed: "fristen er ute",
      textLabel: "Referat fra gruppa",
      placeholder: "Skriv referatet her. Det lagres av seg selv.",
      words: (n) => `${n} ord`,
      saved: (time) => `Lagret ${time}`,
      allSaved: "Alt er lagret",
      saving: "Lagrer …",
      offline: "Ikke tilkoblet – teksten er lagret på telefonen",
      busy: "Serveren har mye å gjøre – prøver igjen straks",
      tooLarge: "Teksten er for lang til å lagres (over 256 kB). Gjør den kortere.",
      failed: "Kunne ikke lagre – teksten er lagret på telefonen",
      rejected: "Ikke lagret – serveren tok ikke imot teksten",
      rejectedNotice: (reason) =>
        `Serveren tok ikke imot teksten${reason ? ` (${reason})` : ""}, og å prøve igjen hjelper ikke. ` +
        "Teksten er lagret på denne telefonen. Endre teksten for å prøve igjen, eller si fra til arrangøren.",
      deliver: "Lever referat",
      delivering: "Leverer …",
      reopen: "Gjenåpne",
      delivered: (time) => (time ? `Levert ${time}` : "Levert"),
      deliveredBanner: (time) => (time ? `Levert kl. ${time}` : "Referatet er levert"),
      deliveredHint: "Trykk «Gjenåpne» for å endre det.",
      deliverPending: "Leveres så snart telefonen får kontakt.",
      reopening: "Gjenåpner …",
      conflictTitle: "To versjoner av referatet",
      conflictText:
        "Noen andre har lagret en annen tekst mens du skrev. Ingenting er overskrevet: velg hvilken tekst som skal gjelde, eller slå dem sammen og rediger.",
      conflictStatus: "Velg hvilken tekst som skal gjelde",
      mine: "Din tekst",
      theirs: "Teksten som er lagret",
      keepMine: "Behold min",
      useTheirs: "Bruk den lagrede",
      merge: "Slå sammen og rediger",
      mergeMine: "――― Din tekst ―――",
      mergeTheirs: "――― Teksten som var lagret ―――",
      empty: "(tom)",
      gone: "Lenken er ikke lenger gyldig. Skann QR-koden på bordet på nytt.",
      goneDraft:
        "Teksten du skrev, er lagret på denne telefonen. Den hentes inn igjen når du åpner den nye lenken på denne telefonen.",
      goneTextLabel: "Teksten din",
      pointsLabel: "Tre hovedpunkter fra gruppa",
      point: (n) => `Hovedpunkt ${n}`,
      points: "Hovedpunkter",
      timeSep: ".",
    },
    en: {
      pageTitle: "Summary",
      loading: "Loading the summary …",
      group: (number, label) => `Group ${number}${label ? ` – ${label}` : ""}`,
      members: "Members in speaking order",
      task: "The task",
      ordstyrer: "chair",
      referent: "note-taker",
      deadline: (time) => `Deadline: ${time}`,
      deadlineOn: (date, time) => `Deadline: ${date} at ${time}`,
      minutesLeft: (h, m) => (h ? `${h} h ${m} min left` : `${m} min left`),
      deadlinePassed: "the deadline has passed",
      textLabel: "The group's summary",
      placeholder: "Write the summary here. It is saved automatically.",
      words: (n) => `${n} ${n === 1 ? "word" : "words"}`,
      saved: (time) => `Saved ${time}`,
      allSaved: "Everything is saved",
      saving: "Saving …",
      offline: "Not connected – the text is kept on this phone",
      busy: "The server is busy – trying again shortly",
      tooLarge: "The text is too long to be saved (over 256 kB). Please shorten it.",
      failed: "Could not save – the text is kept on this phone",
      rejected: "Not saved – the server did not accept the text",
      rejectedNotice: (reason) =>
        `The server did not accept the text${reason ? ` (${reason})` : ""}, and trying again will not help. ` +
        "The text is kept on this phone. Change the text to try again, or tell the organisers.",
      deliver: "Deliver summary",
      delivering: "Delivering …",
      reopen: "Reopen",
      delivered: (time) => (time ? `Delivered ${time}` : "Delivered"),
      deliveredBanner: (time) => (time ? `Delivered at ${time}` : "The summary is delivered"),
      deliveredHint: "Tap “Reopen” to change it.",
      deliverPending: "It will be delivered as soon as the phone is connected.",
      reopening: "Reopening …",
      conflictTitle: "Two versions of the summary",
      conflictText:
        "Someone else saved a different text while you were writing. Nothing has been overwritten: choose which text to keep, or combine them and edit.",
      conflictStatus: "Choose which text to keep",
      mine: "Your text",
      theirs: "The saved text",
      keepMine: "Keep mine",
      useTheirs: "Use the saved one",
      merge: "Combine and edit",
      mergeMine: "――― Your text ―――",
      mergeTheirs: "――― The text that was saved ―――",
      empty: "(empty)",
      gone: "This link is no longer valid. Scan the QR code on the table again.",
      goneDraft:
        "The text you wrote is kept on this phone. It comes back when you open the new link on this phone.",
      goneTextLabel: "Your text",
      pointsLabel: "Three key points from the group",
      point: (n) => `Key point ${n}`,
      points: "Key points",
      timeSep: ":",
    },
  };

  // -- constants ----------------------------------------------------------------------------
  const SAVE_DELAY = 3000; // after the last keystroke
  const RETRY_FIRST = 1000;
  const RETRY_MAX = 30000;
  const POLL_EVERY = 15000; // look for changes made elsewhere (the laptop, another phone)
  const REQUEST_TIMEOUT = 20000;
  const MAX_BYTES = 256 * 1024 - 512; // the server's limit, less the JSON around the text
  const KEEPALIVE_MAX = 60000; // browsers refuse keepalive bodies over 64 KiB
  const DRAFT_PREFIX = "kvadrant.referat.";
  const LANG_KEY = "kvadrant.lang";
  const FOLD_PREFIX = "kvadrant.fold.";
  const INFO_PREFIX = "kvadrant.group.";
  const OLD_DRAFT_DAYS = 30;

  // -- where we are -------------------------------------------------------------------------
  const parts = location.pathname.split("/").filter(Boolean);
  const token = parts[parts.indexOf("r") + 1] || "";
  const api = `/api/r/${token}`;
  const draftKey = DRAFT_PREFIX + token;
  const infoKey = INFO_PREFIX + token;

  const $ = (id) => document.getElementById(id);
  const el = {
    conference: $("conference"),
    groupTitle: $("group-title"),
    blockTitle: $("block-title"),
    deadline: $("deadline"),
    deadlineTime: $("deadline-time"),
    deadlineLeft: $("deadline-left"),
    deadlineNote: $("deadline-note"),
    loading: $("loading"),
    gone: $("gone"),
    goneDraft: $("gone-draft"),
    goneText: $("gone-text"),
    content: $("content"),
    membersCount: $("members-count"),
    members: $("members"),
    task: $("task"),
    conflict: $("conflict"),
    conflictMine: $("conflict-mine"),
    conflictTheirs: $("conflict-theirs"),
    conflictMinePoints: $("conflict-mine-points"),
    conflictTheirsPoints: $("conflict-theirs-points"),
    keepMine: $("keep-mine"),
    useTheirs: $("use-theirs"),
    merge: $("merge"),
    editor: $("editor"),
    deliveredBanner: $("delivered-banner"),
    saveProblem: $("save-problem"),
    words: $("words"),
    text: $("text"),
    points: Array.from(document.querySelectorAll(".point")),
    bar: $("bar"),
    status: $("status"),
    deliver: $("deliver"),
    reopen: $("reopen"),
  };

  const state = {
    lang: "nb",
    info: null, // the last GET answer (conference, group, members, task, deadline …)
    loaded: false, // we know the server's state
    version: null, // the server version the text in the field is based on (null: unknown)
    savedText: null, // the text the server holds at `version` (null: unknown)
    savedPoints: null, // the key points the server holds at `version` (null: unknown)
    delivered: false,
    deliveredAt: null, // ms, when we learnt the delivery went through
    wantDelivered: null, // a delivery or reopening not yet confirmed by the server
    conflict: null, // {mine, minePoints, theirs, theirsPoints, version, delivered, baseVersion}
    resolving: false, // the fields hold a choice made in the conflict view, not yet sent
    gone: false,
    inflight: false,
    again: false,
    problem: null, // "offline" | "busy" | "tooLarge" | "rejected" | "failed"
    tooLargeText: null,
    rejected: null, // the text and points the server answered 400 to (content()): not sent again
    rejectedReason: "",
    composing: false, // a phone keyboard is putting a word together: the field is left alone
    failures: 0,
    saveTimer: 0,
    retryTimer: 0,
    lastSavedAt: null,
    unanswered: [], // contents sent whose answer never came: they may have been saved
  };

  // -- small helpers ------------------------------------------------------------------------
  const t = (key, ...args) => {
    const value = (STRINGS[state.lang] || STRINGS.nb)[key];
    return typeof value === "function" ? value(...args) : value;
  };
  const pad = (n) => String(n).padStart(2, "0");
  const clock = (date) => `${pad(date.getHours())}${t("timeSep")}${pad(date.getMinutes())}`;

  const storage = {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch (error) {
        return null;
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(key, value);
        return true;
      } catch (error) {
        return false;
      }
    },
    remove(key) {
      try {
        window.localStorage.removeItem(key);
      } catch (error) {
        /* nothing to do */
      }
    },
    keys() {
      try {
        return Object.keys(window.localStorage);
      } catch (error) {
        return [];
      }
    },
  };

  /**
   * This phone's own id (kept on the phone), sent with every save: a refused text is kept in the
   * file as this device's, and choosing between texts here settles this device's ones only.
   */
  const deviceId = (() => {
    const stored = storage.get("kvadrant-device");
    if (stored && /^[A-Za-z0-9_-]{1,64}$/.test(stored)) return stored;
    const bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    const made = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    storage.set("kvadrant-device", made);
    return made;
  })();

  const readDraft = (key = draftKey) => {
    const raw = storage.get(key);
    if (!raw) return null;
    try {
      const draft = JSON.parse(raw);
      if (!draft || typeof draft.text !== "string") return null;
      // A draft kept before the page had key points has none of its own: the stored ones stand.
      draft.points = Array.isArray(draft.points) ? pointsOf(draft.points) : null;
      return draft;
    } catch (error) {
      return null;
    }
  };

  /**
   * The text with every unpaired UTF-16 surrogate (half an emoji, left by a phone keyboard or a
   * cut) replaced by U+FFFD, so that it can be stored. The length stays the same.
   */
  const wellFormed = (text) => {
    if (!/[\uD800-\uDFFF]/.test(text)) return text;
    let out = "";
    let from = 0;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit < 0xd800 || unit > 0xdfff) continue;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i += 1; // a whole pair
        continue;
      }
      out += text.slice(from, i) + "\uFFFD";
      from = i + 1;
    }
    return from ? out + text.slice(from) : text;
  };

  /** Repair the field itself (not while a keyboard is composing), keeping the cursor. */
  const repairField = () => {
    const field = el.text;
    const repaired = wellFormed(field.value);
    if (repaired === field.value) return;
    const start = field.selectionStart;
    const end = field.selectionEnd;
    field.value = repaired;
    if (document.activeElement === field) field.setSelectionRange(start, end);
  };

  const currentText = () => wellFormed(state.conflict ? state.conflict.mine : el.text.value);

  /** Key points as they are saved: the non-empty lines, trimmed, in order, at most three. */
  const pointsOf = (lines) =>
    (Array.isArray(lines) ? lines : [])
      .map((line) => wellFormed(String(line).trim()))
      .filter(Boolean)
      .slice(0, el.points.length);

  const fieldPoints = () => pointsOf(el.points.map((input) => input.value));
  const currentPoints = () => (state.conflict ? state.conflict.minePoints : fieldPoints());

  const samePoints = (a, b) => Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((p, i) => p === b[i]);

  /** One value for a text with its key points, to tell whether that exact content was sent. */
  const content = (text, points) => JSON.stringify([text, pointsOf(points)]);

  /** Put ``points`` in the inputs, unless they already say the same (a space being typed stays). */
  const showPoints = (points) => {
    const wanted = pointsOf(points);
    if (samePoints(fieldPoints(), wanted)) return;
    el.points.forEach((input, i) => {
      input.value = wanted[i] || "";
    });
  };

  /** Keep what is in the field (or the unresolved text of a conflict) on the phone. */
  const writeDraft = () => {
    const text = currentText();
    const info = state.info;
    const points = currentPoints();
    const draft = {
      text,
      points,
      baseVersion: state.conflict ? state.conflict.baseVersion : state.version,
      saved: !state.conflict && state.savedText !== null && text === state.savedText && samePoints(points, state.savedPoints),
      savedAt: Date.now(),
      wantDelivered: state.wantDelivered,
      deliveredAt: state.delivered ? state.deliveredAt : null,
      where: info
        ? { conference: info.conference, block: info.block, kvadrant: info.kvadrant, group: info.group }
        : (readDraft() || {}).where || null,
    };
    storage.set(draftKey, JSON.stringify(draft));
  };

  const effectiveDelivered = () => (state.wantDelivered !== null ? state.wantDelivered : state.delivered);

  const dirty = () =>
    state.loaded &&
    !state.conflict &&
    !state.gone &&
    (state.resolving || // a choice is sent even when it is the stored version: it settles ours
      currentText() !== state.savedText ||
      !samePoints(currentPoints(), state.savedPoints) ||
      (state.wantDelivered !== null && state.wantDelivered !== state.delivered));

  const byteLength = (text) => new TextEncoder().encode(text).length;

  const countWords = (text) => {
    const trimmed = text.trim();
    return trimmed ? trimmed.split(/\s+/).length : 0;
  };

  // -- talking to the server ----------------------------------------------------------------
  async function request(method, body, keepalive = false) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT);
    const init = { method, cache: "no-store", credentials: "omit", signal: controller.signal };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { "Content-Type": "application/json" };
      init.keepalive = keepalive && byteLength(init.body) < KEEPALIVE_MAX;
    }
    try {
      const response = await fetch(api, init);
      let data = null;
      try {
        data = await response.json();
      } catch (error) {
        data = null;
      }
      return { status: response.status, data };
    } finally {
      clearTimeout(timer);
    }
  }

  function scheduleRetry(what) {
    clearTimeout(state.retryTimer);
    state.failures += 1;
    const delay = Math.min(RETRY_MAX, RETRY_FIRST * 2 ** (state.failures - 1));
    state.retryTimer = setTimeout(() => {
      state.retryTimer = 0;
      what();
    }, delay);
  }

  function succeeded() {
    state.failures = 0;
    clearTimeout(state.retryTimer);
    state.retryTimer = 0;
    if (state.problem !== "tooLarge" && state.problem !== "rejected") state.problem = null;
  }

  function becomeGone() {
    state.gone = true;
    clearTimeout(state.saveTimer);
    clearTimeout(state.retryTimer);
    // The draft stays in localStorage: the new link's page picks it up again.
    writeDraft();
    render();
  }

  /** Take over the server's state when nothing typed here is waiting to be saved. */
  function adopt(data) {
    const field = el.text;
    const focused = document.activeElement === field;
    const start = field.selectionStart;
    const end = field.selectionEnd;
    state.version = data.version;
    state.savedText = data.text;
    state.savedPoints = pointsOf(data.key_points);
    noteDelivered(data.delivered);
    showPoints(data.key_points);
    if (field.value !== data.text) {
      field.value = data.text;
      if (focused) field.setSelectionRange(Math.min(start, data.text.length), Math.min(end, data.text.length));
    }
  }

  function noteDelivered(delivered) {
    if (delivered && !state.delivered && state.wantDelivered === true) state.deliveredAt = Date.now();
    state.delivered = delivered;
    if (!delivered) state.deliveredAt = null;
    if (state.wantDelivered === delivered) state.wantDelivered = null;
  }

  function serverTime(data) {
    // A server that sends delivered_at ("2020-01-28T11:28") is believed; else what we saw.
    if (data && typeof data.delivered_at === "string") {
      const at = parseLocal(data.delivered_at);
      if (at) state.deliveredAt = at.getTime();
    }
  }

  function startConflict(mine, minePoints, data, baseVersion) {
    state.conflict = {
      mine,
      minePoints: pointsOf(minePoints),
      theirs: data.text,
      theirsPoints: pointsOf(data.key_points),
      version: data.version,
      delivered: data.delivered,
      baseVersion,
    };
    state.version = data.version;
    state.savedText = data.text;
    state.savedPoints = pointsOf(data.key_points);
    noteDelivered(data.delivered);
    state.wantDelivered = null;
    writeDraft();
    render();
    el.conflict.scrollIntoView({ block: "start" });
  }

  /** Save the field if it differs from what the server has. One request at a time. */
  async function save(keepalive = false) {
    clearTimeout(state.saveTimer);
    state.saveTimer = 0;
    if (state.gone) return;
    if (!state.loaded) {
      load();
      return;
    }
    if (state.inflight) {
      state.again = true;
      return;
    }
    if (!dirty()) {
      render();
      return;
    }
    if (!state.composing) repairField();
    const text = currentText();
    const points = currentPoints();
    if (state.problem === "tooLarge" && text === state.tooLargeText) return;
    if (state.problem === "rejected" && content(text, points) === state.rejected) return;
    if (byteLength(text) > MAX_BYTES) {
      state.problem = "tooLarge";
      state.tooLargeText = text;
      render();
      return;
    }
    state.inflight = true;
    render();
    try {
      if (state.unanswered.length) {
        // An earlier save got no answer: it may have reached the server. Look before
        // saving again, so that our own text is not mistaken for somebody else's.
        const look = await request("GET");
        if (look.status === 404) return becomeGone();
        if (look.status === 200 && look.data) {
          state.info = look.data;
          const seen = content(look.data.text, look.data.key_points);
          if (look.data.version !== state.version && state.unanswered.includes(seen)) {
            state.version = look.data.version;
            state.savedText = look.data.text;
            state.savedPoints = pointsOf(look.data.key_points);
            noteDelivered(look.data.delivered);
          }
          state.unanswered = [];
          renderInfo();
        }
      }
      if (!dirty()) {
        state.lastSavedAt = new Date();
        succeeded();
        return;
      }
      const body = { text, key_points: points, base_version: state.version, device: deviceId };
      if (state.resolving) body.resolved = true;
      const wanted = state.wantDelivered;
      if (wanted !== null && wanted !== state.delivered) body.delivered = wanted;
      state.unanswered.push(content(text, points));
      if (state.unanswered.length > 4) state.unanswered.shift();
      const answer = await request("PUT", body, keepalive);
      state.unanswered = [];
      const data = answer.data || {};
      if (answer.status === 200) {
        state.version = data.version;
        state.savedText = text;
        state.savedPoints = points;
        state.resolving = false;
        if (typeof data.delivered === "boolean") noteDelivered(data.delivered);
        state.lastSavedAt = new Date();
        if (state.problem === "tooLarge" || state.problem === "rejected") state.problem = null;
        succeeded();
      } else if (answer.status === 409) {
        succeeded();
        if (typeof data.text === "string" && data.text === currentText() && samePoints(pointsOf(data.key_points), currentPoints())) {
          // Only the delivery or reopening was refused: it was decided on an older state (the
          // laptop delivered or reopened meanwhile). There is nothing to choose between: the
          // state as it is now is shown, and the referent decides again.
          state.version = data.version;
          state.savedText = data.text;
          state.savedPoints = pointsOf(data.key_points);
          state.wantDelivered = null;
          state.resolving = false;
          noteDelivered(Boolean(data.delivered));
        } else {
          // What is in the field now: typing done while the refused save was under way counts too.
          startConflict(currentText(), currentPoints(), data, body.base_version);
        }
      } else if (answer.status === 404) {
        becomeGone();
      } else if (answer.status === 413) {
        state.problem = "tooLarge";
        state.tooLargeText = text;
      } else if (answer.status === 429) {
        state.problem = "busy";
        scheduleRetry(save);
      } else if (answer.status >= 500) {
        state.problem = "failed";
        scheduleRetry(save);
      } else if (answer.status === 400) {
        // The server will never take this text as it is: stop sending it, keep it here, say so.
        // It is sent again when it is changed, or when "Lever"/"Gjenåpne" is pressed.
        state.problem = "rejected";
        state.rejected = content(text, points);
        state.rejectedReason = typeof data.error === "string" ? data.error.slice(0, 160) : "";
        state.failures = 0;
        clearTimeout(state.retryTimer);
        state.retryTimer = 0;
      } else {
        // Another answer the page does not expect: do not hammer the server.
        state.problem = "failed";
        state.failures = Math.max(state.failures, 5);
        scheduleRetry(save);
      }
    } catch (error) {
      state.problem = "offline";
      scheduleRetry(save);
    } finally {
      state.inflight = false;
      if (!state.gone) writeDraft();
      render();
      if (state.again && !state.gone) {
        state.again = false;
        if (!state.retryTimer) save();
      }
    }
  }

  function saveSoon() {
    clearTimeout(state.saveTimer);
    state.saveTimer = setTimeout(save, SAVE_DELAY);
  }

  /** First contact: the group's details and the stored text, reconciled with the draft. */
  async function load() {
    if (state.loaded || state.loading || state.gone) return;
    state.loading = true;
    let answer;
    try {
      answer = await request("GET");
    } catch (error) {
      state.loading = false;
      state.problem = "offline";
      showOfflineEditor();
      scheduleRetry(load);
      render();
      return;
    }
    state.loading = false;
    if (answer.status === 404) {
      becomeGone();
      return;
    }
    if (answer.status !== 200 || !answer.data) {
      state.problem = answer.status === 429 ? "busy" : "failed";
      showOfflineEditor();
      scheduleRetry(load);
      render();
      return;
    }
    succeeded();
    const data = answer.data;
    state.info = data;
    state.loaded = true;
    rememberInfo(data);
    // What was typed before the server was reached is in the draft too.
    if (el.content.dataset.offline === "1") writeDraft();
    reconcile(data, readDraft());
    renderInfo();
    render();
    if (dirty()) save();
  }

  /** The server's text against the one kept on this phone. */
  function reconcile(data, draft) {
    serverTime(data);
    const unsaved =
      draft && !draft.saved && (draft.text !== data.text || (draft.points !== null && !samePoints(draft.points, pointsOf(data.key_points))));
    if (draft && typeof draft.deliveredAt === "number" && data.delivered) state.deliveredAt = draft.deliveredAt;
    if (!unsaved) {
      adopt(data);
      if (draft && draft.baseVersion === data.version && typeof draft.wantDelivered === "boolean") {
        state.wantDelivered = draft.wantDelivered === data.delivered ? null : draft.wantDelivered;
      }
      adoptOrphan(data);
      writeDraft();
      return;
    }
    if (draft.baseVersion === data.version || (draft.baseVersion === null && data.text === "")) {
      // Typing that never reached the server, and nobody else saved since: keep it.
      state.version = data.version;
      state.savedText = data.text;
      state.savedPoints = pointsOf(data.key_points);
      noteDelivered(data.delivered);
      if (typeof draft.wantDelivered === "boolean" && draft.wantDelivered !== data.delivered) {
        state.wantDelivered = draft.wantDelivered;
      }
      el.text.value = draft.text;
      showPoints(draft.points !== null ? draft.points : data.key_points);
      writeDraft();
      return;
    }
    // The server moved on while this phone had unsaved text: both are kept, a person chooses.
    el.text.value = data.text;
    showPoints(data.key_points);
    startConflict(draft.text, draft.points !== null ? draft.points : data.key_points, data, draft.baseVersion);
  }

  /** A draft left under an older link of the same group ("Nye lenker" was pressed). */
  function adoptOrphan(data) {
    const where = { conference: data.conference, block: data.block, kvadrant: data.kvadrant, group: data.group };
    let best = null;
    let bestKey = null;
    const now = Date.now();
    for (const key of storage.keys()) {
      if (!key.startsWith(DRAFT_PREFIX) || key === draftKey) continue;
      const draft = readDraft(key);
      if (!draft) continue;
      if (draft.saved && now - (draft.savedAt || 0) > OLD_DRAFT_DAYS * 86400000) {
        storage.remove(key);
        storage.remove(INFO_PREFIX + key.slice(DRAFT_PREFIX.length));
        continue;
      }
      const w = draft.where;
      const same =
        w && w.conference === where.conference && w.block === where.block && w.kvadrant === where.kvadrant && w.group === where.group;
      const sameContent =
        draft.text === data.text && (draft.points === null || samePoints(draft.points, pointsOf(data.key_points)));
      if (!same || draft.saved || sameContent) continue;
      if (!best || (draft.savedAt || 0) > (best.savedAt || 0)) {
        best = draft;
        bestKey = key;
      }
    }
    if (!best) return;
    const bestPoints = best.points !== null ? best.points : data.key_points;
    if (best.baseVersion === data.version) {
      el.text.value = best.text;
      showPoints(bestPoints);
    } else {
      startConflict(best.text, bestPoints, data, best.baseVersion);
    }
    writeDraft();
    storage.remove(bestKey);
  }

  /** The group's details, to show them when the page is opened again without a connection. */
  function rememberInfo(data) {
    const { text, version, delivered, key_points: points, ...info } = data;
    storage.set(infoKey, JSON.stringify(info));
  }

  /** Before the server has been reached: the draft in the field, to go on typing. */
  function showOfflineEditor() {
    if (el.content.dataset.offline === "1") return;
    el.content.dataset.offline = "1";
    try {
      const info = JSON.parse(storage.get(infoKey) || "null");
      if (info && typeof info === "object" && !state.info) {
        state.info = info;
        renderInfo();
      }
    } catch (error) {
      /* shown without the group's details */
    }
    const draft = readDraft();
    if (draft) {
      el.text.value = draft.text;
      if (draft.points !== null) showPoints(draft.points);
      state.version = typeof draft.baseVersion === "number" ? draft.baseVersion : null;
      state.savedText = draft.saved ? draft.text : null;
      state.savedPoints = draft.saved ? draft.points : null;
    }
  }

  /** Look for changes made elsewhere: the laptop, another phone, a renewed link. */
  async function refresh() {
    if (!state.loaded || state.gone || state.inflight || document.visibilityState !== "visible") return;
    let answer;
    try {
      answer = await request("GET");
    } catch (error) {
      if (!state.retryTimer) {
        state.problem = "offline";
        render();
      }
      return;
    }
    if (answer.status === 404) return becomeGone();
    if (answer.status !== 200 || !answer.data || state.inflight) return;
    const data = answer.data;
    state.info = data;
    let saveNow = false;
    if (state.problem === "offline" || state.problem === "busy") {
      // The network is back: what waits is saved now rather than at the next back-off step.
      succeeded();
      saveNow = true;
    }
    serverTime(data);
    if (state.conflict) {
      if (data.version > state.conflict.version) {
        state.conflict.theirs = data.text;
        state.conflict.theirsPoints = pointsOf(data.key_points);
        state.conflict.version = data.version;
        state.conflict.delivered = data.delivered;
        state.version = data.version;
        state.savedText = data.text;
        state.savedPoints = pointsOf(data.key_points);
        state.delivered = data.delivered;
      }
    } else if (data.version > state.version) {
      // Saved elsewhere (an answer older than our own last save is ignored).
      if (!dirty()) {
        adopt(data);
        writeDraft();
      } else {
        saveNow = true;
      }
    }
    renderInfo();
    render();
    if (saveNow && dirty()) save();
  }

  // -- actions ------------------------------------------------------------------------------
  /** A person's action (a new text, "Lever", "Gjenåpne"): a text the server refused is tried again. */
  function forgetRejected() {
    if (state.problem === "rejected") state.problem = null;
  }

  function deliver() {
    if (state.conflict || state.gone || !state.loaded || !currentText().trim()) return;
    state.wantDelivered = state.delivered ? null : true;
    forgetRejected();
    el.text.blur();
    writeDraft();
    render();
    save();
  }

  function reopen() {
    if (state.conflict || state.gone || !state.loaded) return;
    state.wantDelivered = state.delivered ? false : null;
    forgetRejected();
    writeDraft();
    render();
    save();
    el.text.focus();
  }

  /** Leave the conflict with ``text`` and ``points`` in the fields, to be saved as the choice. */
  function leaveConflict(conflict, text, points) {
    state.conflict = null;
    state.resolving = true;
    state.version = conflict.version;
    state.savedText = conflict.theirs;
    state.savedPoints = conflict.theirsPoints;
    state.delivered = conflict.delivered;
    state.wantDelivered = null;
    el.text.value = text;
    showPoints(points);
  }

  function resolve(mine) {
    const conflict = state.conflict;
    if (!conflict) return;
    leaveConflict(conflict, mine ? conflict.mine : conflict.theirs, mine ? conflict.minePoints : conflict.theirsPoints);
    writeDraft();
    render();
    save();
  }

  function merge() {
    const conflict = state.conflict;
    if (!conflict) return;
    const text = `${t("mergeMine")}\n${conflict.mine}\n\n${t("mergeTheirs")}\n${conflict.theirs}`;
    // Both versions' points, each once (one's own first), as many as there are fields.
    const points = [...new Set([...conflict.minePoints, ...conflict.theirsPoints])];
    leaveConflict(conflict, text, points);
    writeDraft();
    render();
    el.text.focus();
    el.text.setSelectionRange(0, 0);
    el.text.scrollTop = 0;
    saveSoon();
  }

  // -- showing ------------------------------------------------------------------------------
  function parseLocal(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || "");
    if (!match) return null;
    const [, y, mo, d, h, mi] = match.map(Number);
    return new Date(y, mo - 1, d, h, mi);
  }

  function renderDeadline() {
    const info = state.info;
    const deadline = info && parseLocal(info.deadline);
    el.deadline.hidden = !deadline;
    el.deadline.classList.remove("soon", "passed");
    if (deadline) {
      const now = new Date();
      const sameDay = deadline.toDateString() === now.toDateString();
      el.deadlineTime.textContent = sameDay
        ? t("deadline", clock(deadline))
        : t("deadlineOn", `${deadline.getDate()}.${deadline.getMonth() + 1}.${deadline.getFullYear()}`, clock(deadline));
      const minutes = Math.ceil((deadline.getTime() - now.getTime()) / 60000);
      let left = "";
      if (sameDay && minutes > 0) {
        left = t("minutesLeft", Math.floor(minutes / 60), minutes % 60);
        if (minutes <= 10) el.deadline.classList.add("soon");
      } else if (sameDay || deadline < now) {
        left = t("deadlinePassed");
        el.deadline.classList.add("passed");
      }
      el.deadlineLeft.textContent = left ? `(${left})` : "";
    }
    const note = info && info.deadline_note ? String(info.deadline_note) : "";
    el.deadlineNote.hidden = !note;
    el.deadlineNote.textContent = note;
  }

  function renderInfo() {
    const info = state.info;
    if (!info) return;
    el.conference.textContent = info.conference || "";
    el.groupTitle.textContent = info.group != null ? t("group", info.group, info.label) : t("pageTitle");
    el.blockTitle.textContent = info.block || "";
    document.title = info.group != null ? `${t("group", info.group, info.label)} – ${t("pageTitle")}` : t("pageTitle");
    renderDeadline();

    const members = Array.isArray(info.members) ? info.members : [];
    el.membersCount.textContent = `(${members.length})`;
    el.members.replaceChildren(
      ...members.map((member) => {
        const item = document.createElement("li");
        const line = document.createElement("span");
        line.className = "member-name";
        line.textContent = member.name || "";
        item.append(line);
        for (const role of ["ordstyrer", "referent"]) {
          if (member[role]) {
            const badge = document.createElement("span");
            badge.className = `badge ${role}`;
            badge.textContent = t(role);
            item.append(" ", badge);
          }
        }
        const details = [member.municipality, member.role].filter(Boolean).join(" · ");
        if (details) {
          const meta = document.createElement("span");
          meta.className = "member-meta";
          meta.textContent = details;
          item.append(meta);
        }
        return item;
      })
    );
    el.task.textContent = info.task || "";
    el.task.closest("details").hidden = !info.task;
    // A talk's or a plenum's notes (no group): no members, no key points.
    el.members.closest("details").hidden = info.group == null;
    el.points[0].closest("fieldset").hidden = info.group == null;
  }

  function renderStrings() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      node.textContent = t(node.dataset.i18n);
    }
    el.text.placeholder = t("placeholder");
    el.points.forEach((input, i) => {
      input.placeholder = t("point", i + 1);
      input.setAttribute("aria-label", t("point", i + 1));
    });
    for (const list of [el.conflictMinePoints, el.conflictTheirsPoints]) list.setAttribute("aria-label", t("points"));
    for (const button of document.querySelectorAll(".lang-button")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
    }
    if (!state.info) document.title = t("pageTitle");
  }

  let wordsTimer = 0;
  function renderWords() {
    clearTimeout(wordsTimer);
    wordsTimer = 0;
    el.words.textContent = state.loaded || el.text.value ? t("words", countWords(el.text.value)) : "";
  }

  function statusText() {
    if (state.conflict) return ["conflict", t("conflictStatus")];
    if (state.problem === "offline") return ["offline", t("offline")];
    if (state.problem === "tooLarge") return ["offline", t("tooLarge")];
    if (state.problem === "rejected") return ["offline", t("rejected")];
    if (state.problem === "busy") return ["offline", t("busy")];
    if (state.problem === "failed") return ["offline", t("failed")];
    if (!state.loaded) return ["", t("loading")];
    if (state.wantDelivered === true) return ["busy", t("delivering")];
    if (state.wantDelivered === false) return ["busy", t("reopening")];
    if (state.inflight || dirty()) return ["busy", t("saving")];
    if (state.delivered) return ["done", t("delivered", state.deliveredAt ? clock(new Date(state.deliveredAt)) : "")];
    if (state.lastSavedAt) return ["ok", t("saved", clock(state.lastSavedAt))];
    return ["ok", el.text.value ? t("allSaved") : ""];
  }

  /** One version's key points in the conflict view (the list is left out when it has none). */
  function renderPointList(list, points) {
    list.hidden = !points.length;
    list.replaceChildren(
      ...points.map((point) => {
        const item = document.createElement("li");
        item.textContent = point;
        return item;
      })
    );
  }

  function render() {
    const offlineEditor = el.content.dataset.offline === "1";
    el.loading.hidden = state.gone || state.loaded || offlineEditor;
    el.gone.hidden = !state.gone;
    el.content.hidden = state.gone || !(state.loaded || offlineEditor);
    el.bar.hidden = state.gone || !(state.loaded || offlineEditor);
    if (state.gone) {
      const draft = readDraft();
      const keep = draft && !draft.saved && draft.text.trim() ? draft.text : "";
      el.goneDraft.hidden = !keep;
      el.goneText.value = keep;
      return;
    }

    const conflict = state.conflict;
    el.conflict.hidden = !conflict;
    el.editor.hidden = Boolean(conflict);
    if (conflict) {
      el.conflictMine.textContent = conflict.mine || t("empty");
      el.conflictTheirs.textContent = conflict.theirs || t("empty");
      el.conflictMine.classList.toggle("empty", !conflict.mine);
      el.conflictTheirs.classList.toggle("empty", !conflict.theirs);
      renderPointList(el.conflictMinePoints, conflict.minePoints);
      renderPointList(el.conflictTheirsPoints, conflict.theirsPoints);
    }

    const delivered = effectiveDelivered();
    el.text.readOnly = delivered || !state.loaded && !offlineEditor;
    for (const input of el.points) input.readOnly = el.text.readOnly;
    el.editor.classList.toggle("is-delivered", delivered);
    el.deliveredBanner.hidden = !delivered;
    if (delivered) {
      const confirmed = state.delivered && state.wantDelivered === null;
      const when = confirmed && state.deliveredAt ? clock(new Date(state.deliveredAt)) : "";
      el.deliveredBanner.replaceChildren();
      const strong = document.createElement("strong");
      strong.textContent = confirmed ? t("deliveredBanner", when) : t("delivering");
      const hint = document.createElement("span");
      hint.textContent = confirmed ? t("deliveredHint") : t("deliverPending");
      el.deliveredBanner.append(strong, " ", hint);
    }
    const rejected = state.problem === "rejected" && !conflict;
    el.saveProblem.hidden = !rejected;
    el.saveProblem.textContent = rejected ? t("rejectedNotice", state.rejectedReason) : "";
    el.deliver.hidden = delivered;
    el.reopen.hidden = !delivered;
    el.deliver.disabled = Boolean(conflict) || !state.loaded || !currentText().trim();
    el.reopen.disabled = Boolean(conflict) || !state.loaded;

    const [kind, text] = statusText();
    el.status.textContent = text;
    el.status.className = kind ? `status is-${kind}` : "status";
    el.bar.dataset.state = kind;
    if (!wordsTimer) renderWords();
  }

  function setLanguage(lang) {
    if (!STRINGS[lang]) return;
    state.lang = lang;
    storage.set(LANG_KEY, lang);
    renderStrings();
    renderInfo();
    render();
    renderWords();
  }

  // -- wiring -------------------------------------------------------------------------------
  /** Typing in the text or a key point: kept on the phone at once, saved when typing stops. */
  function edited() {
    if (state.problem === "rejected" && content(currentText(), currentPoints()) !== state.rejected) forgetRejected();
    writeDraft();
    if (state.loaded) saveSoon();
  }

  el.text.addEventListener("compositionstart", () => {
    state.composing = true;
  });
  el.text.addEventListener("compositionend", () => {
    state.composing = false;
  });
  el.text.addEventListener("input", (event) => {
    if (!event.isComposing && !state.composing) repairField();
    if (state.problem === "tooLarge" && currentText() !== state.tooLargeText) state.problem = null;
    edited();
    // Counting 20 000 words on every keystroke is wasted work: long texts are counted less often.
    if (el.text.value.length > 20000) {
      if (!wordsTimer) wordsTimer = setTimeout(renderWords, 500);
    } else {
      renderWords();
    }
    if (!state.inflight) render();
  });
  el.text.addEventListener("blur", () => save());
  el.points.forEach((input, i) => {
    input.addEventListener("input", () => {
      edited();
      if (!state.inflight) render();
    });
    input.addEventListener("blur", () => {
      if (input.value !== input.value.trim()) input.value = input.value.trim(); // shown as it is saved
      save();
    });
    // Enter goes on to the next point, as the keyboard's "next" key says; after the last one it is done.
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.isComposing) return;
      event.preventDefault();
      const next = el.points[i + 1];
      if (next) next.focus();
      else input.blur();
    });
  });
  el.deliver.addEventListener("click", deliver);
  el.reopen.addEventListener("click", reopen);
  el.keepMine.addEventListener("click", () => resolve(true));
  el.useTheirs.addEventListener("click", () => resolve(false));
  el.merge.addEventListener("click", merge);
  for (const button of document.querySelectorAll(".lang-button")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }

  // The members and the task can be folded away to give the text more room; that is remembered.
  for (const box of document.querySelectorAll("details.info")) {
    const key = `${FOLD_PREFIX}${box.id}`;
    const kept = storage.get(key);
    if (kept !== null) box.open = kept === "open";
    box.addEventListener("toggle", () => storage.set(key, box.open ? "open" : "closed"));
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      writeDraft();
      save(true);
    } else {
      refresh();
      if (dirty()) save();
    }
  });
  window.addEventListener("pagehide", () => {
    writeDraft();
    save(true);
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) refresh();
  });
  window.addEventListener("online", () => {
    clearTimeout(state.retryTimer);
    state.retryTimer = 0;
    state.failures = 0;
    if (state.loaded) save();
    else load();
  });
  setInterval(refresh, POLL_EVERY);
  setInterval(() => state.info && renderDeadline(), 20000);

  // -- start --------------------------------------------------------------------------------
  // The page and its files kept on the phone, for a reload without network (https or localhost only).
  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register(`./${token}/sw.js`, { scope: `./${token}` }).catch(() => {});
  }
  const savedLang = storage.get(LANG_KEY);
  state.lang = STRINGS[savedLang] ? savedLang : "nb";
  renderStrings();
  load();
})();

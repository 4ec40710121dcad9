/* Kvadrant: the participant page.
 *
 * Opened by each participant on their own phone from the QR code in the hall (/p/TOKEN, plain
 * http on the venue network). They find themselves by the first letters of their name, and the
 * page then shows their table, lets them check in ("Jeg er her") and shows the programme now and
 * next. The choice and the last card are kept in localStorage, so a lost network (or a reload
 * while the browser still has the page) keeps showing the card with when it was last updated.
 * While the facilitator has the evaluation open, the page offers it: one question per screen, a
 * review and one anonymous send. That half is evaluation.js, loaded first; this file starts it
 * (see "the evaluation" below) and shares its helpers with it.
 *
 * Data is only ever put on the page with textContent, never as HTML.
 */
"use strict";

(() => {
  const EVALUATION = window.KvadrantEvaluation;  // evaluation.js, if it came

  // -- strings ------------------------------------------------------------------------------
  const STRINGS = {
    nb: {
      pageTitle: "Finn bordet ditt",
      kicker: "Bord og program",
      loading: "Henter …",
      searchTitle: "Hvem er du?",
      searchLabel: "Skriv de første bokstavene i navnet ditt",
      searchHint: "Trykk på navnet ditt når du ser det.",
      hits: (n) => (n === 1 ? "Ett treff" : `${n} treff`),
      noHits: (q) => `Fant ingen som heter «${q}». Prøv færre bokstaver, eller spør i registreringen.`,
      searchOffline: "Ikke tilkoblet – prøv igjen om litt.",
      searchBusy: "Mange søker akkurat nå – prøv igjen om litt.",
      notMe: "Ikke meg? Bytt person",
      tableTitle: "Bordet ditt",
      tableWord: "Bord",
      kind: (k) => (k === 1 ? "1. kvadrant: gruppe/bord i blandede grupper" : k === 4 ? "4. kvadrant: kommunegruppe" : `${k}. kvadrant`),
      tableLine: (k, n, label) => `${k}. kvadrant: bord ${n}${label ? ` (${label})` : ""}`,
      allTables: "Alle bordene dine",
      noTable: "Du har ikke fått bord ennå – det kommer når gruppene er laget.",
      noTableAbsent: "Du har ikke fått bord ennå. Trykk «Jeg er her» når du har kommet fram.",
      arrivalTitle: "Innsjekking",
      checkin: "Jeg er her",
      checking: "Sjekker inn …",
      checkedIn: "Sjekket inn ✓",
      checkedInNotice: "Du er sjekket inn.",
      selfOff: "Innsjekking fra telefonen er slått av – gå til registreringen.",
      checkinOffline: "Ikke tilkoblet – prøv igjen om litt.",
      checkinBusy: "Mange sjekker inn akkurat nå – prøv igjen om litt.",
      programmeTitle: "Programmet i dag",
      nowLabel: "Nå:",
      until: (time) => `(til kl. ${time})`,
      nextLabel: "Neste:",
      at: (time) => `kl. ${time}`,
      done: "ferdig",
      nowBadge: "Nå",
      updated: (time) => `Oppdatert kl. ${time}`,
      offline: (time) => (time ? `Sist oppdatert kl. ${time} – ikke tilkoblet` : "Ikke tilkoblet"),
      busy: (time) => (time ? `Sist oppdatert kl. ${time} – serveren har mye å gjøre` : "Serveren har mye å gjøre – prøver igjen straks"),
      personGone: "Vi fant deg ikke på deltakerlista lenger. Søk på nytt, eller spør i registreringen.",
      gone: "Denne lenken virker ikke lenger.",
      goneHelp: "Skann QR-koden på skjermen eller ved døren på nytt.",
      timeSep: ".",
      ...(EVALUATION ? EVALUATION.STRINGS.nb : {}),
    },
    en: {
      pageTitle: "Find your table",
      kicker: "Tables & programme",
      loading: "Loading …",
      searchTitle: "Who are you?",
      searchLabel: "Type the first letters of your name",
      searchHint: "Tap your name when you see it.",
      hits: (n) => (n === 1 ? "One match" : `${n} matches`),
      noHits: (q) => `No one found for “${q}”. Try fewer letters, or ask at the registration desk.`,
      searchOffline: "Not connected – try again in a moment.",
      searchBusy: "Many people are searching right now – try again in a moment.",
      notMe: "Not you? Change person",
      tableTitle: "Your table",
      tableWord: "Table",
      kind: (k) => (k === 1 ? "Kvadrant 1: group/table in mixed groups" : k === 4 ? "Kvadrant 4: municipality group" : `Kvadrant ${k}`),
      tableLine: (k, n, label) => `Kvadrant ${k}: table ${n}${label ? ` (${label})` : ""}`,
      allTables: "All your tables",
      noTable: "You have not been given a table yet – it comes when the groups are made.",
      noTableAbsent: "You have not been given a table yet. Tap “I’m here” when you have arrived.",
      arrivalTitle: "Check-in",
      checkin: "I’m here",
      checking: "Checking in …",
      checkedIn: "Checked in ✓",
      checkedInNotice: "You are checked in.",
      selfOff: "Checking in from the phone is turned off – please go to the registration desk.",
      checkinOffline: "Not connected – try again in a moment.",
      checkinBusy: "Many people are checking in right now – try again in a moment.",
      programmeTitle: "Today’s programme",
      nowLabel: "Now:",
      until: (time) => `(until ${time})`,
      nextLabel: "Next:",
      at: (time) => `at ${time}`,
      done: "done",
      nowBadge: "Now",
      updated: (time) => `Updated at ${time}`,
      offline: (time) => (time ? `Last updated at ${time} – not connected` : "Not connected"),
      busy: (time) => (time ? `Last updated at ${time} – the server is busy` : "The server is busy – trying again shortly"),
      personGone: "We could not find you on the list of participants any more. Search again, or ask at the registration desk.",
      gone: "This link no longer works.",
      goneHelp: "Scan the QR code on the screen or by the door again.",
      timeSep: ":",
      ...(EVALUATION ? EVALUATION.STRINGS.en : {}),
    },
  };

  // -- constants ----------------------------------------------------------------------------
  const SEARCH_DELAY = 200; // after the last keystroke
  const REFRESH_EVERY = 20000;
  const REQUEST_TIMEOUT = 10000;
  const MAX_QUERY = 60; // the server's limit
  const LANG_KEY = "kvadrant.lang"; // shared with the referent page: one choice per phone
  const CHOICE_PREFIX = "kvadrant.deltaker.";

  // -- where we are -------------------------------------------------------------------------
  const parts = location.pathname.split("/").filter(Boolean);
  const token = parts[parts.indexOf("p") + 1] || "";
  const api = `/api/p/${token}`;
  const choiceKey = CHOICE_PREFIX + token;

  const $ = (id) => document.getElementById(id);
  const el = {
    pageTitle: $("page-title"),
    kicker: document.querySelector(".kicker"),
    status: $("status"),
    gone: $("gone"),
    searchView: $("search-view"),
    q: $("q"),
    hits: $("hits"),
    noHits: $("no-hits"),
    cardView: $("card-view"),
    personName: $("person-name"),
    personPlace: $("person-place"),
    notMe: $("not-me"),
    tableMain: $("table-main"),
    tableWord: $("table-word"),
    tableNumber: $("table-number"),
    tableLabel: $("table-label"),
    tableKind: $("table-kind"),
    noTable: $("no-table"),
    tables: $("tables"),
    checkin: $("checkin"),
    checkedIn: $("checked-in"),
    checkinProblem: $("checkin-problem"),
    programmeBox: $("programme-box"),
    now: $("now"),
    next: $("next"),
    day: $("day"),
    updated: $("updated"),
  };

  const state = {
    lang: "nb",
    gone: false,
    person: null, // {id, name, municipality}: the one this phone picked
    card: null, // the last card the server sent for them
    at: null, // ms: when that card came
    problem: null, // "offline" | "busy": the last refresh did not get through
    notice: null, // a string key said in the status line (checked in, person not found)
    checking: false,
    checkinProblem: null, // a string key
    cardSeq: 0, // the latest question for the card
    query: "",
    hits: null, // the last search answer (null: none shown)
    searchProblem: null, // "searchOffline" | "searchBusy"
    searchSeq: 0,
    searchTimer: 0,
  };

  // -- small helpers ------------------------------------------------------------------------
  const t = (key, ...args) => {
    const value = (STRINGS[state.lang] || STRINGS.nb)[key];
    return typeof value === "function" ? value(...args) : value;
  };
  const pad = (n) => String(n).padStart(2, "0");
  const clock = (date) => `${pad(date.getHours())}${t("timeSep")}${pad(date.getMinutes())}`;
  /** "2020-01-28T10:45" → "10.45" (Norwegian) or "10:45" (English); "" when unknown. */
  const timeOf = (iso) => {
    const match = /T(\d{2}):(\d{2})/.exec(typeof iso === "string" ? iso : "");
    return match ? `${match[1]}${t("timeSep")}${match[2]}` : "";
  };
  const text = (value) => (value === null || value === undefined ? "" : String(value));

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
      } catch (error) {
        /* private mode or full: the page works without it */
      }
    },
    remove(key) {
      try {
        window.localStorage.removeItem(key);
      } catch (error) {
        /* nothing to do */
      }
    },
  };

  function make(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function readChoice() {
    try {
      const kept = JSON.parse(storage.get(choiceKey) || "null");
      if (!kept || !Number.isInteger(kept.id) || typeof kept.name !== "string") return null;
      return kept;
    } catch (error) {
      return null;
    }
  }

  function writeChoice() {
    if (!state.person) return;
    storage.set(
      choiceKey,
      JSON.stringify({
        id: state.person.id,
        name: state.person.name,
        municipality: state.person.municipality,
        card: state.card,
        at: state.at,
      })
    );
  }

  function forgetChoice() {
    storage.remove(choiceKey);
    state.person = null;
    state.card = null;
    state.at = null;
    state.problem = null;
    state.checkinProblem = null;
  }

  // -- talking to the server ----------------------------------------------------------------
  /** {status, data}; throws when the server cannot be reached (or does not answer in time). */
  async function request(path, method = "GET", body = undefined) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT);
    const init = { method, cache: "no-store", credentials: "omit", signal: controller.signal };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { "Content-Type": "application/json" };
    }
    try {
      const response = await fetch(api + path, init);
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

  /** A 404 means a renewed link or a removed person: an empty search (200 on a valid link) tells which. */
  async function explain404(person) {
    let probe;
    try {
      probe = await request("/people?q=");
    } catch (error) {
      probe = null;
    }
    if (state.person !== person) return; // "Ikke meg" meanwhile
    if (probe === null) {
      state.problem = "offline";
      render();
    } else if (probe.status === 404) {
      becomeGone();
    } else if (probe.status === 200) {
      forgetChoice();
      state.notice = "personGone";
      showSearch(true);
    } else {
      state.problem = "busy";
      render();
    }
  }

  function becomeGone() {
    state.gone = true;
    clearTimeout(state.searchTimer);
    render();
  }

  // -- searching ----------------------------------------------------------------------------
  function searchSoon() {
    clearTimeout(state.searchTimer);
    if (state.notice) {
      state.notice = null; // said once: the search goes on
      render();
    }
    const query = el.q.value.slice(0, MAX_QUERY);
    state.query = query;
    if (!query.trim()) {
      state.searchSeq += 1; // an answer on its way is no longer wanted
      state.hits = null;
      state.searchProblem = null;
      renderSearch();
      return;
    }
    state.searchTimer = setTimeout(() => search(query), SEARCH_DELAY);
  }

  async function search(query) {
    const seq = ++state.searchSeq;
    let answer;
    try {
      answer = await request(`/people?q=${encodeURIComponent(query)}`);
    } catch (error) {
      if (seq !== state.searchSeq) return;
      state.searchProblem = "searchOffline";
      state.hits = null;
      renderSearch();
      return;
    }
    if (seq !== state.searchSeq) return; // a newer search was started meanwhile
    if (answer.status === 404) return becomeGone();
    if (answer.status === 200 && answer.data && Array.isArray(answer.data.people)) {
      state.searchProblem = null;
      state.hits = answer.data.people.filter((p) => p && Number.isInteger(p.id));
    } else if (answer.status === 400) {
      state.searchProblem = null;
      state.hits = [];
    } else {
      state.searchProblem = "searchBusy";
      state.hits = null;
    }
    renderSearch();
  }

  function pick(hit) {
    state.person = { id: hit.id, name: text(hit.name), municipality: text(hit.municipality) };
    state.card = null;
    state.at = null;
    state.problem = null;
    state.notice = null;
    state.checkinProblem = null;
    writeChoice();
    el.q.value = "";
    state.query = "";
    state.hits = null;
    render();
    el.personName.focus();
    window.scrollTo(0, 0);
    loadCard();
  }

  function showSearch(focus) {
    state.hits = null;
    state.query = el.q.value = "";
    state.searchProblem = null;
    render();
    if (focus) el.q.focus();
  }

  // -- the card -----------------------------------------------------------------------------
  /** Ask for the person's card; only the answer to the latest question counts. */
  async function loadCard() {
    const person = state.person;
    if (!person || state.gone) return;
    const seq = ++state.cardSeq;
    let answer;
    try {
      answer = await request(`/people/${person.id}`);
    } catch (error) {
      answer = null;
    }
    // "Ikke meg", a check-in or a newer question meanwhile: this answer may be out of date.
    if (state.person !== person || seq !== state.cardSeq) return;
    if (answer === null) {
      state.problem = "offline";
    } else if (answer.status === 404) {
      return explain404(person);
    } else if (answer.status === 200 && answer.data && typeof answer.data === "object") {
      state.card = answer.data;
      person.name = text(answer.data.name); // renamed on the laptop meanwhile
      person.municipality = text(answer.data.municipality);
      state.at = Date.now();
      state.problem = null;
      if (state.card.present) state.checkinProblem = null;
      writeChoice();
    } else {
      state.problem = "busy";
    }
    render();
  }

  function refresh() {
    if (document.visibilityState !== "visible" || state.gone) return;
    if (state.person) loadCard();
    evaluation.load();
  }

  async function checkIn() {
    const person = state.person;
    if (!person || state.checking || state.gone) return;
    state.checking = true;
    state.checkinProblem = null;
    state.cardSeq += 1; // a card asked for before the check-in is out of date when it comes
    render();
    let answer;
    try {
      answer = await request(`/people/${person.id}/checkin`, "POST");
    } catch (error) {
      answer = null;
    } finally {
      state.checking = false;
    }
    if (state.person !== person) return;
    if (answer === null) {
      state.checkinProblem = "checkinOffline";
    } else if (answer.status === 200 && answer.data) {
      // "moved" names the others the facilitator moved to make room: not for this page.
      state.card = { ...(state.card || {}), present: true, tables: Array.isArray(answer.data.tables) ? answer.data.tables : [] };
      state.notice = "checkedInNotice";
      writeChoice();
      render();
      el.checkedIn.focus();
      loadCard();
      return;
    } else if (answer.status === 409) {
      state.checkinProblem = "selfOff";
    } else if (answer.status === 404) {
      return explain404(person);
    } else {
      state.checkinProblem = "checkinBusy";
    }
    render();
  }

  /** The kvadrant of a programme block: given by the server, or read from its title ("1. kvadrant …"). */
  function kvadrantOf(block) {
    if (!block) return null;
    if (Number.isInteger(block.kvadrant)) return block.kvadrant;
    const match = /(\d)\s*\.\s*kvadrant/i.exec(text(block.title));
    return match ? Number(match[1]) : null;
  }

  /** The table to show in big digits: the one for the next (or running) group block. */
  function mainTable(card) {
    const tables = Array.isArray(card.tables) ? card.tables.filter((x) => x && x.group !== undefined) : [];
    if (!tables.length) return { main: null, tables };
    const programme = Array.isArray(card.programme) ? card.programme : [];
    for (const block of programme) {
      if (block.done) continue;
      const kvadrant = kvadrantOf(block);
      const found = tables.find((x) => x.kvadrant === kvadrant);
      if (found) return { main: found, tables };
    }
    // No group block ahead is known: one whose block is over comes last.
    const over = new Set(programme.filter((b) => b.done).map(kvadrantOf));
    return { main: tables.find((x) => !over.has(x.kvadrant)) || tables[tables.length - 1], tables };
  }

  // -- the evaluation (evaluation.js) -------------------------------------------------------
  /* Started once the helpers it shares exist: it reads its draft and wires its buttons and 15 s
   * poll. render() asks it whether it is showing and has it draw its part; refresh() has it load. */
  /* Without evaluation.js (lost on a bad network) the table and programme still work. */
  const evaluation = EVALUATION
    ? EVALUATION.start({
        token, $, t, make, text, storage, request, render, becomeGone,
        isGone: () => state.gone,
        hasPerson: () => Boolean(state.person),
        lang: () => state.lang,
      })
    : { showing: () => false, render: () => {}, load: () => {} };

  // -- showing ------------------------------------------------------------------------------
  function renderStrings() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      node.textContent = t(node.dataset.i18n);
    }
    for (const button of document.querySelectorAll(".lang-button")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === state.lang));
    }
  }

  function renderSearch() {
    const hits = state.hits;
    el.hits.replaceChildren(
      ...(hits || []).map((hit) => {
        const item = document.createElement("li");
        const button = make("button", "hit");
        button.type = "button";
        button.append(make("span", "hit-name", text(hit.name)));
        if (hit.municipality) {
          button.append(make("span", "visually-hidden", ", "), make("span", "hit-place", text(hit.municipality)));
        }
        button.addEventListener("click", () => pick(hit));
        item.append(button);
        return item;
      })
    );
    el.hits.hidden = !hits || !hits.length;
    let note = "";
    if (state.searchProblem) note = t(state.searchProblem);
    else if (hits && !hits.length) note = t("noHits", state.query.trim());
    else if (hits) note = t("hits", hits.length);
    el.noHits.textContent = note;
    el.noHits.hidden = !note;
    // The number of matches is for screen readers; a problem or no match is for everyone.
    el.noHits.classList.toggle("visually-hidden", Boolean(hits && hits.length && !state.searchProblem));
    el.noHits.classList.toggle("is-problem", Boolean(state.searchProblem));
  }

  function renderTables(card) {
    const { main, tables } = mainTable(card);
    el.tableMain.hidden = !main;
    el.noTable.hidden = Boolean(main);
    if (main) {
      el.tableWord.textContent = t("tableWord");
      el.tableNumber.textContent = text(main.group);
      el.tableLabel.textContent = text(main.label);
      el.tableLabel.hidden = !main.label;
      el.tableKind.textContent = t("kind", main.kvadrant);
    } else {
      el.noTable.textContent = card.present === false ? t("noTableAbsent") : t("noTable");
    }
    el.tables.hidden = tables.length < 2;
    el.tables.setAttribute("aria-label", t("allTables"));
    el.tables.replaceChildren(
      ...tables.map((x) => make("li", x === main ? "is-main" : "", t("tableLine", x.kvadrant, text(x.group), text(x.label))))
    );
  }

  function renderProgramme(card) {
    const programme = Array.isArray(card.programme) ? card.programme : [];
    const now = card.now && typeof card.now === "object" ? card.now : null;
    const next = card.next && typeof card.next === "object" ? card.next : null;

    el.now.hidden = !now;
    if (now) {
      const until = timeOf(now.ends_at);
      el.now.replaceChildren(make("strong", "", t("nowLabel")), " ", text(now.title), ...(until ? [" ", make("span", "when", t("until", until))] : []));
    }
    el.next.hidden = !next;
    if (next) {
      const at = timeOf(next.starts_at);
      el.next.replaceChildren(make("strong", "", t("nextLabel")), " ", text(next.title), ...(at ? [" ", make("span", "when", t("at", at))] : []));
    }

    let currentShown = false;
    el.day.replaceChildren(
      ...programme.map((block) => {
        const item = document.createElement("li");
        const start = timeOf(block.starts_at);
        const end = timeOf(block.ends_at);
        item.append(make("span", "day-time", start && end ? `${start}–${end}` : start));
        const title = make("span", "day-title", text(block.title));
        item.append(title);
        if (block.done) {
          item.className = "done";
          title.append(make("span", "visually-hidden", ` (${t("done")})`));
        } else if (now && !currentShown && text(block.title) === text(now.title)) {
          currentShown = true;
          item.className = "current";
          item.setAttribute("aria-current", "true");
          title.prepend(make("span", "badge", t("nowBadge")), " ");
        }
        return item;
      })
    );
    el.programmeBox.hidden = !programme.length && !now && !next;
  }

  function statusLine() {
    const at = state.at ? clock(new Date(state.at)) : "";
    if (state.gone) return ["", ""];
    if (state.person && state.problem === "offline") return ["offline", t("offline", at)];
    if (state.person && state.problem === "busy") return ["offline", t("busy", at)];
    if (state.notice) return [state.notice === "checkedInNotice" ? "ok" : "warn", t(state.notice)];
    return ["", ""];
  }

  function render() {
    const showEval = !state.gone && evaluation.showing();
    const showCard = !state.gone && Boolean(state.person) && !showEval;
    el.gone.hidden = !state.gone;
    el.searchView.hidden = state.gone || showCard || showEval;
    el.cardView.hidden = !showCard;
    el.pageTitle.hidden = showCard; // the person's name is the card's heading
    el.pageTitle.textContent = t(showEval ? "evalTitle" : "pageTitle");
    el.kicker.textContent = t(showEval ? "evalTitle" : "kicker");
    document.body.classList.toggle("is-eval", showEval); // the kicker says it; the title is for screen readers
    document.title = showEval ? t("evalTitle") : showCard ? `${state.person.name} – ${t("pageTitle")}` : t("pageTitle");

    const [kind, line] = statusLine();
    if (el.status.textContent !== line) el.status.textContent = line;
    el.status.className = kind ? `status is-${kind}` : "status";
    // "Sjekket inn ✓" is on the card already: the line is for screen readers then.
    el.status.classList.toggle("visually-hidden", state.notice === "checkedInNotice" && kind === "ok");
    el.status.hidden = !line || showEval; // the card's news: not while answering

    evaluation.render(showEval);
    if (showEval) return;
    if (!showCard) {
      if (!state.gone) renderSearch();
      return;
    }
    const person = state.person;
    const card = state.card;
    el.personName.textContent = person.name;
    el.personPlace.textContent = person.municipality;
    el.personPlace.hidden = !person.municipality;

    const known = Boolean(card);
    el.cardView.classList.toggle("is-loading", !known);
    if (known) {
      renderTables(card);
      renderProgramme(card);
    } else {
      el.tableMain.hidden = true;
      el.tables.hidden = true;
      el.noTable.hidden = false;
      el.noTable.textContent = t("loading");
      el.programmeBox.hidden = true;
    }

    const present = known && card.present === true;
    el.checkin.hidden = !known || present;
    el.checkin.disabled = state.checking;
    el.checkin.textContent = state.checking ? t("checking") : t("checkin");
    el.checkedIn.hidden = !present;
    el.checkinProblem.hidden = !state.checkinProblem || present;
    el.checkinProblem.textContent = state.checkinProblem && !present ? t(state.checkinProblem) : "";

    el.updated.hidden = !state.at || Boolean(state.problem);
    el.updated.textContent = state.at ? t("updated", clock(new Date(state.at))) : "";
  }

  function setLanguage(lang) {
    if (!STRINGS[lang]) return;
    state.lang = lang;
    storage.set(LANG_KEY, lang);
    renderStrings();
    render();
  }

  // -- wiring -------------------------------------------------------------------------------
  el.q.addEventListener("input", searchSoon);
  el.q.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(state.searchTimer);
      if (el.q.value.trim()) search(el.q.value.slice(0, MAX_QUERY));
    }
  });
  el.notMe.addEventListener("click", () => {
    forgetChoice();
    state.notice = null;
    showSearch(true);
  });
  el.checkin.addEventListener("click", checkIn);
  for (const button of document.querySelectorAll(".lang-button")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  document.addEventListener("visibilitychange", refresh);
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) refresh();
  });
  window.addEventListener("online", refresh);
  setInterval(refresh, REFRESH_EVERY);

  // -- start --------------------------------------------------------------------------------
  el.personName.tabIndex = -1;
  el.checkedIn.tabIndex = -1;
  const savedLang = storage.get(LANG_KEY);
  state.lang = STRINGS[savedLang] ? savedLang : "nb";
  renderStrings();
  const kept = readChoice();
  if (kept) {
    state.person = { id: kept.id, name: kept.name, municipality: text(kept.municipality) };
    state.card = kept.card && typeof kept.card === "object" ? kept.card : null;
    state.at = Number.isFinite(kept.at) ? kept.at : null;
  }
  render();
  if (state.person) loadCard();
  evaluation.load();
})();

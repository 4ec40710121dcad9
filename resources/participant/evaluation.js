/* Kvadrant: the evaluation on the participant page.
 *
 * While the facilitator has the questionnaire open, the page offers it above the card: one
 * question per screen, a review, one send. The draft (with the questionnaire, for a reload
 * without network) is kept under the hall link's token until it is sent. The respondent id is
 * random, made once per phone and kept under a key of its own: what is sent names no person.
 *
 * Loaded before app.js and does nothing on its own: app.js merges STRINGS into its own and calls
 * start(page) with what the page shares (see there). Data is only put on the page with
 * textContent, never as HTML.
 */
"use strict";

window.KvadrantEvaluation = (() => {
  const STRINGS = {
    nb: {
      evalTitle: "Evaluering",
      evalStart: "Svar på evalueringen",
      evalAnon: "Svarene er anonyme: navnet ditt lagres ikke sammen med svarene.",
      evalFoot: "Svarene er anonyme: navnet ditt lagres ikke sammen med svarene. Du kan hoppe over spørsmål.",
      offerNew: (n) => `Hvordan var dagen? ${n === 1 ? "Ett spørsmål" : `${n} spørsmål`} – det tar et par minutter.`,
      offerDraft: (k, n) => `Du har svart på ${k} av ${n}. Svarene er ikke sendt ennå.`,
      offerChanged: "Endringene dine er ikke sendt ennå.",
      offerSent: "Takk! Svarene dine er sendt.",
      continueEval: "Fortsett evalueringen",
      toCard: "‹ Til bordet ditt",
      toStart: "‹ Til forsiden",
      toCardBig: "Til bordet ditt",
      toStartBig: "Til forsiden",
      progress: (i, n) => `${i} av ${n}`,
      reviewProgress: "Se over",
      hintScale: "Velg ett tall fra 1 til 6.",
      hintOne: "Velg ett svar.",
      hintMany: "Velg ett eller flere svar.",
      hintOpen: "Skriv med egne ord.",
      back: "Tilbake",
      next: "Neste",
      toReview: "Til oversikten og sending",
      reviewTitle: "Se over og send",
      answeredCount: (k, n) => `Du har svart på ${k} av ${n} spørsmål.`,
      replaces: "Du har sendt svar før: disse erstatter dem.",
      summaryTitle: "Svarene dine – trykk for å endre",
      notAnswered: "Ikke besvart",
      gradeOf: (g) => `${g} av 6`,
      send: "Send svarene",
      sending: "Sender …",
      retry: "Ikke sendt – prøv igjen",
      nothingToSend: "Svar på minst ett spørsmål før du sender.",
      sendOffline: "Fikk ikke kontakt med serveren. Svarene er lagret på telefonen.",
      sendBusy: "Mange sender akkurat nå. Svarene er lagret på telefonen.",
      sendRefused: "Svarene ble ikke tatt imot – spørsmålene kan ha blitt endret. Se over og send igjen.",
      thanks: "Takk for svarene!",
      thanksSent: "Svarene er sendt. Du kan endre dem så lenge evalueringen er åpen.",
      thanksReplaced: "Svarene dine er oppdatert. Du kan endre dem så lenge evalueringen er åpen.",
      thanksClosed: "Svarene er sendt. Evalueringen er stengt nå.",
      change: "Endre svarene",
      closed: "Evalueringen er stengt.",
      closedDraft: "Svarene dine ble ikke sendt. De ligger på telefonen hvis evalueringen åpnes igjen.",
      closedEmpty: "Den kan ikke besvares nå.",
    },
    en: {
      evalTitle: "Evaluation",
      evalStart: "Answer the evaluation",
      evalAnon: "The answers are anonymous: your name is not stored with them.",
      evalFoot: "The answers are anonymous: your name is not stored with them. You may skip questions.",
      offerNew: (n) => `How was the day? ${n === 1 ? "One question" : `${n} questions`} – it takes a couple of minutes.`,
      offerDraft: (k, n) => `You have answered ${k} of ${n}. Not sent yet.`,
      offerChanged: "Your changes have not been sent yet.",
      offerSent: "Thank you! Your answers have been sent.",
      continueEval: "Continue the evaluation",
      toCard: "‹ To your table",
      toStart: "‹ To the start",
      toCardBig: "To your table",
      toStartBig: "To the start",
      progress: (i, n) => `${i} of ${n}`,
      reviewProgress: "Review",
      hintScale: "Choose a number from 1 to 6.",
      hintOne: "Choose one answer.",
      hintMany: "Choose one or more answers.",
      hintOpen: "Write in your own words.",
      back: "Back",
      next: "Next",
      toReview: "To the review and sending",
      reviewTitle: "Review and send",
      answeredCount: (k, n) => `You have answered ${k} of ${n} questions.`,
      replaces: "You have sent answers before: these replace them.",
      summaryTitle: "Your answers – tap to change",
      notAnswered: "Not answered",
      gradeOf: (g) => `${g} of 6`,
      send: "Send the answers",
      sending: "Sending …",
      retry: "Not sent – try again",
      nothingToSend: "Answer at least one question before you send.",
      sendOffline: "Could not reach the server. Your answers are kept on the phone.",
      sendBusy: "Many are sending right now. Your answers are kept on the phone.",
      sendRefused: "The answers were not accepted – the questions may have changed. Review and send again.",
      thanks: "Thank you for your answers!",
      thanksSent: "Your answers have been sent. You can change them while the evaluation is open.",
      thanksReplaced: "Your answers have been updated. You can change them while the evaluation is open.",
      thanksClosed: "Your answers have been sent. The evaluation is closed now.",
      change: "Change the answers",
      closed: "The evaluation is closed.",
      closedDraft: "Your answers were not sent. They are kept on the phone in case it opens again.",
      closedEmpty: "It cannot be answered now.",
    },
  };

  const EVAL_EVERY = 15000;
  const RESPONDENT_KEY = "kvadrant.svarer";
  const RESPONDENT = /^[A-Za-z0-9_-]{8,64}$/;
  const MAX_ANSWER = 4000; // the server's limit for an open answer
  const KINDS = new Set(["scale", "choice", "open"]);

  /**
   * Start the evaluation's half of the page: read the draft, wire its buttons, poll every 15 s.
   *
   * ``page`` is what app.js shares: token (the hall link's), $ (an element by id), t (a string in
   * the chosen language), make (an element with a class and text), text (null-safe String),
   * storage (localStorage that never throws), request (the API, as {status, data}), render (the
   * whole page), becomeGone (the link is renewed), and isGone, hasPerson and lang (what the page
   * knows now). What comes back is what app.js asks of the evaluation.
   */
  function start(page) {
    const { token, $, t, make, text, storage, request } = page;
    const EVAL_KEY = "kvadrant.evaluering." + token;
    const el = {
      evalOffer: $("eval-offer"),
      evalOfferText: $("eval-offer-text"),
      evalStart: $("eval-start"),
      evalView: $("eval-view"),
      evalLeave: $("eval-leave"),
      evalProgress: $("eval-progress"),
      evalMeter: $("eval-meter"),
      evalLoading: $("eval-loading"),
      evalQuestion: $("eval-question"),
      evalText: $("eval-text"),
      evalHint: $("eval-hint"),
      evalAnswer: $("eval-answer"),
      evalReview: $("eval-review"),
      evalReviewTitle: $("eval-review-title"),
      evalCount: $("eval-count"),
      evalReplaces: $("eval-replaces"),
      evalProblem: $("eval-problem"),
      evalSend: $("eval-send"),
      evalSummary: $("eval-summary"),
      evalThanks: $("eval-thanks"),
      evalThanksTitle: $("eval-thanks-title"),
      evalThanksText: $("eval-thanks-text"),
      evalChange: $("eval-change"),
      evalClosed: $("eval-closed"),
      evalClosedTitle: $("eval-closed-title"),
      evalClosedText: $("eval-closed-text"),
      evalNav: $("eval-nav"),
      evalBack: $("eval-back"),
      evalNext: $("eval-next"),
      evalToReview: $("eval-to-review"),
      evalDone: $("eval-done"),
      evalFoot: $("eval-foot"),
    };

    const ev = {
      open: false,
      questions: null, // the last questionnaire the server sent (null: none yet)
      answers: {}, // question id → 1..6 | [choice, …] | "text"
      screen: 0, // 0 … n-1: a question; n: the review
      showing: false, // the questionnaire is on the screen instead of the card
      thanks: false, // the thank-you after a send
      reviewed: false, // the review has been seen: a way back to it is offered
      sentOnce: false, // this phone has sent answers (a new send replaces them)
      dirty: false, // answers changed since the last send
      replaced: false, // the last send replaced an earlier one
      sending: false,
      problem: null, // {key, detail}: why the last send did not get through
      respondent: "", // kept in memory too, for a phone without localStorage
      seq: 0, // the latest question for the questionnaire
      built: "", // which question's controls are on the screen
    };

    function respondent() {
      if (RESPONDENT.test(ev.respondent)) return ev.respondent;
      let id = storage.get(RESPONDENT_KEY) || "";
      if (!RESPONDENT.test(id)) {
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
        storage.set(RESPONDENT_KEY, id);
      }
      ev.respondent = id;
      return id;
    }

    /** A question from the server (or the draft) in the server's shape, or null. */
    function cleanQuestion(q) {
      if (!q || !Number.isInteger(q.id) || !KINDS.has(q.kind)) return null;
      const question = { id: q.id, kind: q.kind, text: text(q.text) };
      if (q.kind === "choice") {
        question.choices = Array.isArray(q.choices) ? q.choices.map(text) : [];
        question.multiple = q.multiple === true;
      } else if (q.kind === "scale") {
        question.low_label = text(q.low_label);
        question.high_label = text(q.high_label);
      }
      return question;
    }

    /** ``value`` as an answer to ``question``, or undefined (blank, or no longer fitting). */
    function fitting(question, value) {
      if (question.kind === "scale") return Number.isInteger(value) && value >= 1 && value <= 6 ? value : undefined;
      if (question.kind === "choice") {
        if (!Array.isArray(value)) return undefined;
        const kept = question.choices.filter((choice) => value.includes(choice));
        return kept.length && (question.multiple || kept.length === 1) ? kept : undefined;
      }
      return typeof value === "string" && value.trim() ? value.slice(0, MAX_ANSWER) : undefined;
    }

    function answerOf(question) {
      return fitting(question, ev.answers[question.id]);
    }

    function answeredCount() {
      return (ev.questions || []).filter((q) => answerOf(q) !== undefined).length;
    }

    function readDraft() {
      let kept;
      try {
        kept = JSON.parse(storage.get(EVAL_KEY) || "null");
      } catch (error) {
        kept = null;
      }
      if (!kept || typeof kept !== "object") return;
      ev.open = kept.open === true;
      ev.questions = Array.isArray(kept.questions) ? kept.questions.map(cleanQuestion).filter(Boolean) : null;
      ev.answers = kept.answers && typeof kept.answers === "object" ? kept.answers : {};
      ev.screen = Number.isInteger(kept.screen) && kept.screen >= 0 ? kept.screen : 0;
      for (const flag of ["showing", "thanks", "reviewed", "sentOnce", "dirty", "replaced"]) ev[flag] = kept[flag] === true;
    }

    function writeDraft() {
      const { open, questions, answers, screen, showing, thanks, reviewed, sentOnce, dirty, replaced } = ev;
      storage.set(EVAL_KEY, JSON.stringify({ open, questions, answers, screen, showing, thanks, reviewed, sentOnce, dirty, replaced }));
    }

    async function loadEvaluation() {
      if (page.isGone()) return;
      const seq = ++ev.seq;
      let answer;
      try {
        answer = await request("/evaluation");
      } catch (error) {
        return; // the draft and the last questionnaire stay; the next poll tries again
      }
      if (seq !== ev.seq || page.isGone()) return;
      if (answer.status === 404) return page.becomeGone();
      if (answer.status !== 200 || !answer.data || !Array.isArray(answer.data.questions)) return;
      ev.open = answer.data.open === true;
      ev.questions = answer.data.questions.map(cleanQuestion).filter(Boolean);
      ev.screen = Math.min(ev.screen, ev.questions.length);
      writeDraft();
      page.render();
    }

    function pollEvaluation() {
      if (document.visibilityState === "visible") loadEvaluation();
    }

    /** What is sent: the answers that fit the questions now, the text without broken characters. */
    function answersToSend() {
      const answers = {};
      for (const question of ev.questions || []) {
        let value = answerOf(question);
        if (typeof value === "string" && typeof value.toWellFormed === "function") value = value.toWellFormed();
        if (value !== undefined) answers[question.id] = value;
      }
      return answers;
    }

    async function sendAnswers() {
      if (ev.sending || page.isGone()) return;
      const answers = answersToSend();
      if (!Object.keys(answers).length) {
        ev.problem = { key: "nothingToSend" };
        page.render();
        return;
      }
      ev.sending = true;
      ev.problem = null;
      ev.seq += 1; // a questionnaire asked for before the send may be out of date when it comes
      page.render();
      let answer;
      try {
        answer = await request("/evaluation", "POST", { respondent: respondent(), answers });
      } catch (error) {
        answer = null;
      } finally {
        ev.sending = false;
      }
      if (answer === null) {
        ev.problem = { key: "sendOffline" };
      } else if (answer.status === 200 && answer.data && answer.data.saved) {
        ev.sentOnce = true;
        ev.dirty = false;
        ev.replaced = answer.data.replaced === true;
        ev.thanks = true;
        writeDraft();
        page.render();
        focusScreen();
        return;
      } else if (answer.status === 409) {
        ev.open = false;
        writeDraft();
        page.render();
        focusScreen();
        return;
      } else if (answer.status === 400) {
        ev.problem = { key: "sendRefused", detail: answer.data && answer.data.error ? text(answer.data.error) : "" };
        loadEvaluation(); // the questions may have changed since the last poll
      } else if (answer.status === 404) {
        return page.becomeGone();
      } else {
        ev.problem = { key: "sendBusy" };
      }
      page.render();
    }

    function setAnswer(question, value) {
      const fit = fitting(question, value);
      if (fit === undefined) delete ev.answers[question.id];
      else ev.answers[question.id] = question.kind === "open" ? value : fit; // text is kept as typed
      ev.dirty = true;
      ev.problem = null;
      writeDraft();
    }

    /** Show the screen ``screen`` (a question, or the review after the last). */
    function go(screen) {
      const n = ev.questions ? ev.questions.length : 0;
      ev.screen = Math.max(0, Math.min(screen, n));
      if (ev.screen === n) ev.reviewed = true;
      ev.showing = true;
      ev.thanks = false;
      ev.problem = null;
      writeDraft();
      page.render();
      focusScreen();
    }

    function leaveEvaluation() {
      ev.showing = false;
      ev.thanks = false;
      writeDraft();
      page.render();
      window.scrollTo(0, 0);
      el.evalStart.focus({ preventScroll: true });
    }

    /** A new screen starts at the top, its heading read out. */
    function focusScreen() {
      window.scrollTo(0, 0);
      const heading = [el.evalText, el.evalReviewTitle, el.evalThanksTitle, el.evalClosedTitle].find((h) => h.offsetParent !== null);
      if (heading) heading.focus({ preventScroll: true });
    }

    function evalScreen() {
      if (ev.questions === null) return "loading";
      if (ev.thanks || (!ev.open && ev.sentOnce && !ev.dirty)) return "thanks";
      if (!ev.open || !ev.questions.length) return "closed";
      return ev.screen < ev.questions.length ? "question" : "review";
    }

    /** The controls for a question's answer, made when its screen is shown. */
    function buildAnswer(question) {
      const value = answerOf(question);
      if (question.kind === "open") {
        const area = make("textarea", "eval-open");
        area.id = "eval-open";
        area.rows = 6;
        area.maxLength = MAX_ANSWER;
        area.setAttribute("aria-labelledby", "eval-text");
        area.setAttribute("aria-describedby", "eval-hint");
        area.value = typeof ev.answers[question.id] === "string" ? ev.answers[question.id] : "";
        area.addEventListener("input", () => setAnswer(question, area.value));
        return [area];
      }
      const scale = question.kind === "scale";
      const group = make("div", scale ? "scale" : "choices");
      group.setAttribute("role", "group");
      group.setAttribute("aria-labelledby", "eval-text");
      const options = scale ? [1, 2, 3, 4, 5, 6] : question.choices;
      for (const option of options) {
        const button = make("button", scale ? "grade" : question.multiple ? "choice is-many" : "choice");
        button.type = "button";
        if (scale) {
          button.textContent = String(option);
          const end = option === 1 ? question.low_label : option === 6 ? question.high_label : "";
          if (end) button.setAttribute("aria-label", `${option} – ${end}`);
        } else {
          button.append(make("span", "choice-mark"), make("span", "choice-text", option));
        }
        if (!scale && question.multiple) button.setAttribute("role", "checkbox");
        button.addEventListener("click", () => {
          const now = answerOf(question);
          if (scale) setAnswer(question, now === option ? null : option);
          else if (question.multiple) {
            const chosen = now || [];
            setAnswer(question, chosen.includes(option) ? chosen.filter((c) => c !== option) : [...chosen, option]);
          } else setAnswer(question, now && now[0] === option ? null : [option]);
          markAnswer(question, group, options);
        });
        group.append(button);
      }
      markAnswer(question, group, options, value);
      if (!scale || (!question.low_label && !question.high_label)) return [group];
      const ends = make("div", "scale-ends");
      ends.setAttribute("aria-hidden", "true");
      ends.append(make("span", "scale-low", question.low_label), make("span", "scale-high", question.high_label));
      return [group, ends];
    }

    function markAnswer(question, group, options, value = answerOf(question)) {
      [...group.children].forEach((button, index) => {
        const option = options[index];
        const on = question.kind === "scale" ? value === option : Boolean(value && value.includes(option));
        button.setAttribute(question.kind === "choice" && question.multiple ? "aria-checked" : "aria-pressed", String(on));
      });
    }

    /** An answer as the review shows it. */
    function shownAnswer(question, value) {
      if (value === undefined) return t("notAnswered");
      if (question.kind === "scale") return t("gradeOf", value);
      return Array.isArray(value) ? value.join(", ") : value;
    }

    function renderQuestion() {
      const question = ev.questions[ev.screen];
      const built = JSON.stringify([page.lang(), question]);
      if (ev.built !== built) {
        ev.built = built;
        el.evalText.textContent = question.text;
        const hint = question.kind === "scale" ? "hintScale" : question.kind === "open" ? "hintOpen" : question.multiple ? "hintMany" : "hintOne";
        el.evalHint.textContent = t(hint);
        el.evalAnswer.replaceChildren(...buildAnswer(question));
      }
    }

    function renderReview() {
      const questions = ev.questions;
      el.evalCount.textContent = t("answeredCount", answeredCount(), questions.length);
      el.evalReplaces.hidden = !ev.sentOnce;
      const problem = ev.problem;
      el.evalProblem.hidden = !problem;
      el.evalProblem.replaceChildren(...(problem ? [t(problem.key)] : []));
      if (problem && problem.detail) el.evalProblem.append(make("span", "problem-detail", problem.detail));
      el.evalSend.disabled = ev.sending;
      el.evalSend.textContent = ev.sending ? t("sending") : problem && problem.key !== "nothingToSend" ? t("retry") : t("send");
      el.evalSummary.replaceChildren(
        ...questions.map((question, index) => {
          const value = answerOf(question);
          const item = document.createElement("li");
          const button = make("button", "summary-item");
          button.type = "button";
          button.append(
            make("span", "summary-question", `${index + 1}. ${question.text}`),
            make("span", value === undefined ? "summary-answer is-blank" : "summary-answer", shownAnswer(question, value))
          );
          button.addEventListener("click", () => go(index));
          item.append(button);
          return item;
        })
      );
    }

    /** The offer above the card, and the questionnaire's screens. */
    function renderEvaluation(showEval) {
      const questions = ev.questions || [];
      el.evalOffer.hidden = page.isGone() || showEval || !ev.open || !questions.length;
      if (!el.evalOffer.hidden) {
        const count = answeredCount();
        const sent = ev.sentOnce && !ev.dirty;
        el.evalOfferText.textContent = sent
          ? t("offerSent")
          : ev.sentOnce
            ? t("offerChanged")
            : count
              ? t("offerDraft", count, questions.length)
              : t("offerNew", questions.length);
        el.evalStart.textContent = sent ? t("change") : count || ev.sentOnce ? t("continueEval") : t("evalStart");
        el.evalStart.classList.toggle("primary", !sent);
        el.evalOffer.classList.toggle("is-sent", sent); // done: the card comes first again
      }
      el.evalView.hidden = !showEval;
      if (!showEval) {
        ev.built = "";
        return;
      }
      const screen = evalScreen();
      const n = questions.length;
      el.evalLeave.textContent = t(page.hasPerson() ? "toCard" : "toStart");
      el.evalLoading.hidden = screen !== "loading";
      el.evalQuestion.hidden = screen !== "question";
      el.evalReview.hidden = screen !== "review";
      el.evalThanks.hidden = screen !== "thanks";
      el.evalClosed.hidden = screen !== "closed";
      el.evalProgress.textContent = screen === "question" ? t("progress", ev.screen + 1, n) : screen === "review" ? t("reviewProgress") : "";
      el.evalMeter.hidden = screen !== "question" && screen !== "review";
      el.evalMeter.max = n + 1;
      el.evalMeter.value = ev.screen + 1;
      el.evalNav.hidden = screen !== "question" && screen !== "review";
      el.evalBack.hidden = screen === "question" && ev.screen === 0;
      el.evalNext.hidden = screen !== "question";
      el.evalToReview.hidden = screen !== "question" || !ev.reviewed || ev.screen === n - 1;
      el.evalFoot.hidden = screen !== "question";
      el.evalDone.hidden = screen !== "thanks" && screen !== "closed";
      el.evalDone.textContent = t(page.hasPerson() ? "toCardBig" : "toStartBig");
      if (screen !== "question") ev.built = "";
      if (screen === "question") renderQuestion();
      else if (screen === "review") renderReview();
      else if (screen === "thanks") {
        el.evalThanksText.textContent = !ev.open ? t("thanksClosed") : ev.replaced ? t("thanksReplaced") : t("thanksSent");
        el.evalChange.hidden = !ev.open;
      } else if (screen === "closed") {
        el.evalClosedText.textContent = answeredCount() ? t("closedDraft") : t("closedEmpty");
      }
    }

    // -- wiring -----------------------------------------------------------------------------
    el.evalStart.addEventListener("click", () => go(ev.sentOnce && !ev.dirty ? 0 : ev.screen));
    el.evalLeave.addEventListener("click", leaveEvaluation);
    el.evalDone.addEventListener("click", leaveEvaluation);
    el.evalBack.addEventListener("click", () => go(ev.screen - 1));
    el.evalNext.addEventListener("click", () => go(ev.screen + 1));
    el.evalToReview.addEventListener("click", () => go(Infinity));
    el.evalChange.addEventListener("click", () => go(0));
    el.evalSend.addEventListener("click", sendAnswers);
    setInterval(pollEvaluation, EVAL_EVERY);
    readDraft();

    return {
      /** The questionnaire is on the screen instead of the card. */
      showing: () => ev.showing,
      render: renderEvaluation,
      load: loadEvaluation,
    };
  }

  return Object.freeze({ STRINGS, start });
})();

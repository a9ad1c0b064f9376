/* Expo kiosk watchdog for /present: the big screen runs all day on a PC that nobody watches.
 *
 * Inlined by server/asgi.py into /present's page only (after reconnect.js, which it builds on, and after
 * window.__bndKioskText, the card's text from the catalogue). What it changes in Streamlit's behaviour:
 *
 * 1. Server unreachable. Streamlit keeps the last slide on screen, then, after six failed pings (about 6 s),
 *    opens a modal "Connection error" dialog with a developer's hint ("Is Streamlit still running? ...
 *    streamlit run yourscript.py") that stays on the big screen until the server is back. Here, once the
 *    socket has been closed for LOST_AFTER_MS, a calm branded card says "reconnecting" in the page's language
 *    (?lang) and covers the page; Streamlit's dialog is hidden meanwhile.
 * 2. Server back. Streamlit would reconnect and re-attach; a restarted server may run a new version (a new
 *    front-end bundle) and has a fresh session for us. Once /_stcore/health answers 200 again (or Streamlit's
 *    socket is open again), the page is reloaded: the show resumes at the slide that was on screen (?slide=),
 *    with a fresh page.
 * 3. Once a day. Streamlit never reloads a page; Chromium's memory in a page that has run for days (deck.gl
 *    keeps its WebGL contexts, visgl/deck.gl#9264) is not something to bet the Expo on. After DAILY_RELOAD_MS
 *    the page reloads at the next slide change, starting at that slide, so nobody sees a slide cut short.
 * 4. Screen Wake Lock, so the display never sleeps. The browser releases it whenever the page is hidden, so it
 *    is requested again when the page becomes visible (visibilitychange).
 * 5. The mouse cursor is hidden after IDLE_CURSOR_MS without a mouse move (it would sit on a slide all day).
 *
 * Settings can be overridden before this runs with window.__bndKiosk = {lostAfterMs, pollMs, dailyReloadMs,
 * idleCursorMs} (the tests shorten the day). State for the tests and for debugging: window.__bndKioskState.
 * It never logs a console error (a healthy kiosk has a clean console); failures are console.info.
 */
(() => {
  const onPresent = () => location.pathname.replace(/\/+$/, "").endsWith("/present");
  if (!onPresent() || window.__bndKioskState) return;
  const CONFIG = {
    lostAfterMs: 4000,
    pollMs: 2000,
    dailyReloadMs: 24 * 60 * 60 * 1000,
    idleCursorMs: 3000,
    ...(window.__bndKiosk || {}),
  };
  const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "ko";
  const text = (window.__bndKioskText || {})[lang] || {};
  const stream = window.__bndStream || { open: false, since: Date.now() };
  const root = document.documentElement;
  const state = {
    startedAt: Date.now(),
    cardShown: 0,
    wakeLock: "not requested",
    cursorHidden: false,
    lastCounter: null,
  };
  window.__bndKioskState = state;

  const STYLE = `
html.bnd-kiosk-idle, html.bnd-kiosk-idle * { cursor: none !important; }
html.bnd-kiosk-lost [role="dialog"], html.bnd-kiosk-lost [data-baseweb="modal"] { display: none !important; }
#bnd-kiosk-card { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center;
  justify-content: center; background: #F4F5F6; color: #1E2124;
  font-family: 'Pretendard GOV', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif; }
#bnd-kiosk-card .bnd-panel { background: #FFFFFF; border: 1px solid #CDD1D5; border-radius: 16px;
  padding: 56px 72px; max-width: 1100px; text-align: center; box-shadow: 0 8px 32px rgba(30, 33, 36, 0.08); }
#bnd-kiosk-card .bnd-brand { color: #0B50D0; font-size: 30px; font-weight: 700; margin-bottom: 28px; }
#bnd-kiosk-card .bnd-title { font-size: 56px; font-weight: 700; line-height: 1.2; margin: 0 0 18px 0; }
#bnd-kiosk-card .bnd-body { font-size: 30px; color: #464C53; margin: 0; }
#bnd-kiosk-card .bnd-dots { margin: 0 auto 32px auto; display: flex; gap: 14px; justify-content: center; }
#bnd-kiosk-card .bnd-dots span { width: 16px; height: 16px; border-radius: 50%; background: #0B50D0;
  opacity: 0.25; animation: bnd-breathe 2.4s ease-in-out infinite; }
#bnd-kiosk-card .bnd-dots span:nth-child(2) { animation-delay: 0.4s; }
#bnd-kiosk-card .bnd-dots span:nth-child(3) { animation-delay: 0.8s; }
@keyframes bnd-breathe { 0%, 100% { opacity: 0.25; } 50% { opacity: 1; } }
`;
  const style = document.createElement("style");
  style.textContent = STYLE;
  document.head.appendChild(style);

  function counter() {
    const element = document.querySelector(".st-key-present_counter");
    const match = element && element.innerText.match(/(\d+)\s*\/\s*(\d+)/);
    return match ? Number(match[1]) : null;
  }

  // Where a reload goes: this page with ?slide= set to the slide on screen (reconnect.js asks for it too).
  window.bndResumeUrl = () => {
    const url = new URL(location.href);
    const slide = counter();
    if (slide) url.searchParams.set("slide", String(slide));
    return url.href;
  };

  // 1. The reconnecting card.
  let card = null;
  function showCard() {
    if (card) return;
    card = document.createElement("div");
    card.id = "bnd-kiosk-card";
    card.setAttribute("role", "status");
    card.setAttribute("aria-live", "polite");
    card.setAttribute("lang", lang);
    const panel = document.createElement("div");
    panel.className = "bnd-panel";
    const parts = [
      ["div", "bnd-brand", text.brand],
      ["div", "bnd-dots", null],
      ["h2", "bnd-title", text.title],
      ["p", "bnd-body", text.body],
    ];
    for (const [tag, className, content] of parts) {
      const element = document.createElement(tag);
      element.className = className;
      if (content) element.textContent = content;
      else if (className === "bnd-dots") element.append(...[1, 2, 3].map(() => document.createElement("span")));
      panel.appendChild(element);
    }
    card.appendChild(panel);
    document.body.appendChild(card);
    root.classList.add("bnd-kiosk-lost");
    state.cardShown += 1;
    state.cardShownAt = Date.now();
  }

  // 2. Back: reload once the server answers its health check (or Streamlit's socket is open again).
  let polling = false;
  async function serverAnswers() {
    try {
      const health = await fetch(new URL("_stcore/health", location.origin + "/").href, { cache: "no-store" });
      if (!health.ok) return false;
      const page = await fetch(location.href, { cache: "no-store" }); // the page itself, so the reload lands
      return page.ok;
    } catch (error) {
      return false;
    }
  }
  async function pollUntilBack() {
    if (polling) return;
    polling = true;
    while (!(await serverAnswers())) {
      await new Promise((resolve) => setTimeout(resolve, CONFIG.pollMs));
    }
    window.bndReload("server back after a lost connection");
  }

  // 4. Screen Wake Lock (needs a secure context: https, localhost, or kiosk.sh's flag for the app's origin).
  let wakeLock = null;
  async function holdWakeLock() {
    if (!("wakeLock" in navigator)) {
      state.wakeLock = "unsupported";
      return;
    }
    if (wakeLock || document.visibilityState !== "visible") return;
    try {
      wakeLock = await navigator.wakeLock.request("screen");
      state.wakeLock = "held";
      wakeLock.addEventListener("release", () => {
        wakeLock = null;
        state.wakeLock = "released";
      });
    } catch (error) {
      state.wakeLock = `refused: ${error.name}`;
      console.info("[bnd kiosk] screen wake lock refused:", error.name, error.message);
    }
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") holdWakeLock();
  });

  // 5. The cursor: hidden after a few idle seconds, back on the next move.
  let idleTimer = null;
  function active() {
    root.classList.remove("bnd-kiosk-idle");
    state.cursorHidden = false;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!onPresent()) return;
      root.classList.add("bnd-kiosk-idle");
      state.cursorHidden = true;
    }, CONFIG.idleCursorMs);
  }
  for (const name of ["mousemove", "mousedown", "touchstart", "keydown"]) {
    window.addEventListener(name, active, { passive: true, capture: true });
  }

  // The watch: once a second (cheap: reads a flag and one element's text).
  function tick() {
    if (!onPresent()) {
      root.classList.remove("bnd-kiosk-idle");
      return;
    }
    // Lost: the socket has been closed for a few seconds (or never opened in three times that, after a load).
    const lostFor = stream.open ? 0 : Date.now() - stream.since;
    if (lostFor >= CONFIG.lostAfterMs * (stream.opens ? 1 : 3)) {
      showCard();
      pollUntilBack();
    }
    if (card && stream.open) window.bndReload("connection back after a lost connection");
    // 3. Daily reload at a slide boundary: right after the counter changes.
    const now = counter();
    const changed = now !== null && state.lastCounter !== null && now !== state.lastCounter;
    if (now !== null) state.lastCounter = now;
    if (changed && !card && Date.now() - state.startedAt >= CONFIG.dailyReloadMs) window.bndReload("daily reload");
  }

  setInterval(tick, 1000);
  active();
  holdWakeLock();
})();

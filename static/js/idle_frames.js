/* Idle pages ask for no animation frames (issue 15: an open /map or /present left alone on a kiosk PC).
 *
 * deck.gl's animation loop asks for a frame 60 times a second even when nothing changes (it redraws only when
 * something did, but the loop itself, and the compositor frame each request produces, cost about 0.1 CPU-second
 * per second in software WebGL). Nothing on these pages animates by itself: a frame is only needed after
 * something happened - a pointer, key or wheel event, a resize, or a change to the page (a rerun's new elements,
 * a slide switched by CSS class, a deck given new data).
 *
 * So while the page is busy, frames are asked for as usual. Once nothing has happened for IDLE_AFTER_MS, a frame
 * request is held, and held requests run on the next event or page change, or after IDLE_STEP_MS at the latest
 * (a deck whose data arrived by fetch, with no page change, still draws within a second).
 * Inlined by server/asgi.py before Streamlit's scripts, so every caller sees this requestAnimationFrame.
 */
(() => {
  if (window.__bndIdleFrames) return;
  window.__bndIdleFrames = true;
  const IDLE_AFTER_MS = 1500;
  const IDLE_STEP_MS = 1000;
  const nativeRequest = window.requestAnimationFrame.bind(window);
  const nativeCancel = window.cancelAnimationFrame.bind(window);
  const held = new Map(); // our id (negative) -> callback, while idle
  const released = new Map(); // our id -> the native id it was given when released
  let nextId = -1;
  let lastActivity = performance.now();
  let timer = 0;

  const release = () => {
    clearTimeout(timer);
    timer = 0;
    for (const [id, callback] of held) {
      released.set(
        id,
        nativeRequest((time) => {
          released.delete(id);
          callback(time);
        }),
      );
    }
    held.clear();
  };
  const wake = () => {
    lastActivity = performance.now();
    if (held.size) release();
  };

  window.requestAnimationFrame = (callback) => {
    if (performance.now() - lastActivity < IDLE_AFTER_MS) return nativeRequest(callback);
    const id = nextId--;
    held.set(id, callback);
    if (!timer) timer = setTimeout(release, IDLE_STEP_MS);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    if (id >= 0) return nativeCancel(id);
    held.delete(id);
    if (released.has(id)) {
      nativeCancel(released.get(id));
      released.delete(id);
    }
  };

  const events = ["pointerdown", "pointermove", "wheel", "keydown", "touchstart", "resize", "focusin", "visibilitychange"];
  for (const type of events) window.addEventListener(type, wake, { capture: true, passive: true });
  new MutationObserver(wake).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();

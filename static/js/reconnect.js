/* Reload the page when its connection comes back from another server process.
 *
 * Inlined by server/asgi.py into every page, before Streamlit's own scripts.
 *
 * Streamlit keeps a viewer's session - and the files behind st.download_button - in the memory of the one
 * server process that holds the page's WebSocket (/_stcore/stream). When that process goes away (a replica
 * killed behind the load balancer, a restart, a rolling update), Streamlit's front end reconnects by itself,
 * to a live replica, but it only re-attaches: the new process starts an empty session and the page is not run
 * again there (streamlit/streamlit#8901). The page keeps showing the old process's elements, and the first
 * click on a CSV/XLSX download button fails, because that file was to be made by the dead process.
 *
 * This app keeps its whole state in the URL (page, ?lang, ?province, every view setting), so reloading the
 * page shows the same view, built by the new process. Each process names itself in the X-Bnd-Instance header
 * of /_stcore/health (server/asgi.py); after the socket reopens we ask which process answers now and reload if
 * it is another one. A reconnect to the same process (a network blip) keeps its session and is left alone.
 *
 * The socket's state is published as window.__bndStream (and a "bnd:stream" event) for the kiosk watchdog
 * (static/js/kiosk.js). Before reloading, window.bndResumeUrl() is asked for the address to load, if a script
 * defined it (the kiosk resumes at the slide on screen).
 */
(() => {
  if (window.__bndStream) return;
  const NativeWebSocket = window.WebSocket;
  const state = { open: false, opens: 0, closes: 0, since: Date.now(), instance: null, reloading: false };
  window.__bndStream = state;
  const healthUrl = () => new URL("_stcore/health", location.origin + "/").href; // the app lives at / (serve.py)

  async function instanceNow() {
    try {
      const response = await fetch(healthUrl(), { cache: "no-store" });
      return response.ok ? response.headers.get("x-bnd-instance") : null;
    } catch (error) {
      return null; // unreachable again: Streamlit's socket will close and reopen, and we ask again then
    }
  }

  window.bndReload = (reason) => {
    if (state.reloading) return;
    state.reloading = true;
    const url = typeof window.bndResumeUrl === "function" ? window.bndResumeUrl(reason) : location.href;
    console.info(`[bnd] reloading the page (${reason})`);
    location.replace(url);
  };

  function publish(open) {
    if (state.open !== open) state.since = Date.now();
    state.open = open;
    window.dispatchEvent(new CustomEvent("bnd:stream", { detail: { open } }));
  }

  async function opened() {
    state.opens += 1;
    publish(true);
    const first = state.instance === null;
    const now = await instanceNow();
    if (first) state.instance = now;
    else if (now && now !== state.instance) window.bndReload("another server process");
  }

  // Watch only; the socket itself is untouched (Streamlit creates it with `new WebSocket(url, protocols)`).
  class WatchedWebSocket extends NativeWebSocket {
    constructor(url, protocols) {
      super(url, protocols);
      if (!String(url).includes("/_stcore/stream")) return;
      this.addEventListener("open", opened);
      this.addEventListener("close", () => {
        state.closes += 1;
        publish(false);
      });
    }
  }
  window.WebSocket = WatchedWebSocket;
})();

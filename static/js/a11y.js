/* What the page needs for KWCAG 2.2 where Streamlit gives no option (issue 16). Inlined by server/asgi.py into
 * every page before Streamlit's scripts; every rule here works around a named framework behaviour.
 *
 * 1. Page language (KWCAG 3.1.1): Streamlit serves <html lang="en"> on every page (streamlit/streamlit#15726).
 *    server/asgi.py writes the right value into the first HTML; this keeps it right when ?lang= changes
 *    without a reload (the language switch rewrites the URL in place).
 * 2. The skip link's text is hard-coded in English ("Skip to main content"); Korean pages get Korean.
 * 3. A bare "r" reruns the page whenever focus is not in a text field (Streamlit's document-level hotkey, no
 *    setting for a served app; streamlit/streamlit#4048) - a single-key shortcut KWCAG 2.1.4 does not allow. It is stopped
 *    in the capture phase at window, before Streamlit's listener on document sees it.
 * 4. Links that open a new window (every Markdown link; streamlit/streamlit#3098) say so to screen readers
 *    and in their tooltip (KWCAG 3.2.1 "새 창" notice).
 * 5. A button's keyboard shortcut (st.button(shortcut=...), /present's Space for pause) fires even when focus
 *    is on another control, whose own Space then acts too: on a focused control the key is that control's.
 * 6. A rerun can replace the focused control with a new element (/present's Next after a slide change), and
 *    focus falls to <body>: it is put back on the control with the same label.
 * 7. Heading anchors are made from the heading's Latin letters and digits, so two headings such as
 *    "제주특별자치도계정, 2015–2026" and "지역자율계정, 2015–2026" share the id "2015-2026" (HTML ids must be
 *    unique): the second and later get a suffix; the first, which a shared link may name, keeps its id.
 * 8. A data grid's table has no name: it takes the title of the card or section it stands in.
 * 9. A menu whose buttons come with the run its opening starts (the charts' download menus, built only when
 *    opened) opens empty, so Streamlit's popover has nothing to focus and Tab walks on past it (KWCAG 2.1.1):
 *    when the buttons arrive while the menu's trigger still has focus, focus goes to the first of them.
 */
(() => {
  if (window.__bndA11y) return;
  window.__bndA11y = true;
  const TEXT = {
    ko: { skip: "본문 바로가기", newWindow: "새 창에서 열림" },
    en: { skip: "Skip to main content", newWindow: "opens in a new window" },
  };
  const pageLang = () => (new URLSearchParams(location.search).get("lang") === "en" ? "en" : "ko");

  function label() {
    const lang = pageLang();
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    const skip = document.querySelector('[data-testid="stSkipToContent"]');
    if (skip && skip.textContent !== TEXT[lang].skip) skip.textContent = TEXT[lang].skip;
    for (const link of document.querySelectorAll('a[target="_blank"]:not([data-bnd-new-window="' + lang + '"])')) {
      link.dataset.bndNewWindow = lang;
      let hint = link.querySelector(".bnd-sr-only");
      if (!hint) {
        hint = document.createElement("span");
        hint.className = "bnd-sr-only";
        link.append(hint);
      }
      hint.textContent = ` (${TEXT[lang].newWindow})`;
      if (!link.title) link.title = TEXT[lang].newWindow;
      else if (!link.title.endsWith(TEXT[lang].newWindow)) link.title = `${link.title} (${TEXT[lang].newWindow})`;
    }
    const seen = new Set();
    for (const heading of document.querySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
      // The anchor Streamlit gave it (a heading re-rendered with new text gets a new one; ours is remembered).
      const base = heading.id === heading.dataset.bndSet ? heading.dataset.bndId : heading.id;
      let id = base;
      for (let n = 2; seen.has(id); n += 1) id = `${base}-${n}`;
      seen.add(id);
      heading.dataset.bndId = base;
      heading.dataset.bndSet = id;
      if (heading.id !== id) heading.id = id;
    }
    const tables = '[data-testid="stDataFrame"] table:not([aria-label]), [data-testid="stTable"] table:not([aria-label])';
    for (const table of document.querySelectorAll(tables)) {
      const card = table.closest('[class*="st-key-chart_block_"]');
      const expander = table.closest('[data-testid="stExpander"]');
      const summary = expander && expander.querySelector('summary [data-testid="stMarkdownContainer"]');
      const title = (card && card.querySelector("h2, h3, h4")) || summary;
      let name = title ? title.textContent.trim() : "";
      if (!name) {
        const headings = [...document.querySelectorAll("h1, h2, h3, h4")].filter(
          (h) => h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        name = headings.length ? headings[headings.length - 1].textContent.trim() : "";
      }
      if (name) table.setAttribute("aria-label", name);
    }
  }

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      label();
      restoreFocus();
      focusOpenedMenu();
    });
  };
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  for (const name of ["pushState", "replaceState"]) {
    const original = history[name];
    history[name] = function (...args) {
      const result = original.apply(this, args);
      schedule();
      return result;
    };
  }
  window.addEventListener("popstate", schedule);
  document.addEventListener("DOMContentLoaded", schedule);

  const editable = (element) =>
    element instanceof HTMLElement &&
    (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
  const control = (element) =>
    element instanceof HTMLElement && !!element.closest('button, a[href], summary, [role="button"], [role="tab"]');
  for (const type of ["keydown", "keyup"]) {
    window.addEventListener(
      type,
      (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
        const bareR = event.key === "r" || event.key === "R";
        const spaceOnControl = event.key === " " && control(event.target);
        if (bareR || spaceOnControl) event.stopImmediatePropagation(); // the focused control still gets its click
      },
      true,
    );
  }

  let lastFocus = null;
  document.addEventListener("focusin", (event) => {
    const target = event.target;
    if (control(target)) lastFocus = { element: target, label: target.textContent.trim(), at: Date.now() };
  });
  function focusOpenedMenu() {
    const trigger = document.activeElement;
    if (!(trigger instanceof HTMLElement) || trigger.dataset.testid !== "stPopoverButton") return;
    if (trigger.getAttribute("aria-expanded") !== "true") return;
    const bodies = [...document.querySelectorAll('[data-testid="stPopoverBody"]')];
    const first = bodies.length && bodies[bodies.length - 1].querySelector("button:not([disabled]), a[href]");
    if (first) first.focus({ preventScroll: true });
  }
  function restoreFocus() {
    if (!lastFocus || lastFocus.element.isConnected || document.activeElement !== document.body) return;
    if (Date.now() - lastFocus.at > 5000) return;
    const again = [...document.querySelectorAll("button, a[href]")].find((e) => e.textContent.trim() === lastFocus.label);
    if (again) again.focus({ preventScroll: true });
  }
})();

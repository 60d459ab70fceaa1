// What the browser benchmark measures inside the page, installed before the app's own scripts
// (page.addInitScript). Every time is "to the painted frame": once what the user waits for is
// in the DOM, a task queued from the next animation frame runs after that frame is painted.
// The function runs in the page, where these are defined.
/* global document, MutationObserver, requestAnimationFrame, scheduler */
export function installProbes() {
  const afterPaint = (resolve) =>
    requestAnimationFrame(() =>
      scheduler.postTask(() => resolve(performance.now()), { priority: 'user-blocking' }),
    );
  const nodeNames = () =>
    [...document.querySelectorAll('.react-flow__node .resource-card__name')].map(
      (name) => name.textContent,
    );
  const checks = {
    anyNode: () => document.querySelector('.react-flow__node') !== null,
    noNode: () => document.querySelector('.react-flow__node') === null,
    nodeNamed: (prefix) => nodeNames().some((name) => name?.startsWith(prefix)),
    manySelected: () => document.querySelectorAll('.react-flow__node.selected').length > 1,
    yamlHas: (text) =>
      (document.querySelector('[data-testid="yaml-panel"] .view-lines')?.textContent ?? '')
        .replace(/\u00a0/g, ' ')
        .includes(text),
  };
  const watch = (check, arg, onTrue) => {
    const observer = new MutationObserver(() => {
      if (!checks[check](arg)) return;
      observer.disconnect();
      onTrue();
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    return observer;
  };
  const bench = {
    // From the navigation's start (performance's time origin) to the first node painted.
    firstNode: new Promise((resolve) => {
      const seen = () =>
        afterPaint((at) => resolve({ at, name: nodeNames()[0] ?? '', scripts: scriptsUntil(at) }));
      watch('anyNode', undefined, seen);
    }),
    pending: undefined,
    /** Times the next `type` event (capture, so before the app's handlers) to the painted frame
     * in which `check(arg)` first holds; `null` when it does not within `timeout` ms. */
    arm(type, check, arg, timeout) {
      bench.pending = new Promise((resolve) => {
        let start;
        const onEvent = (event) => {
          if (start !== undefined) return;
          start = event.timeStamp;
          setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, timeout);
        };
        document.addEventListener(type, onEvent, true);
        const observer = watch(check, arg, () => {
          document.removeEventListener(type, onEvent, true);
          afterPaint((at) => resolve(at - start));
        });
      });
    },
    result: () => bench.pending,
    /**
     * Resolves once `quietMs` pass with no long task (at most `maxMs`): the work an import or a
     * reload leaves behind (the YAML worker's markers, the problems list) belongs to their rows,
     * not to the next interaction's.
     */
    settled(quietMs, maxMs) {
      return new Promise((resolve) => {
        const started = performance.now();
        let last = started;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            last = Math.max(last, entry.startTime + entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const check = () => {
          const now = performance.now();
          if (now - last >= quietMs || now - started >= maxMs) {
            observer.disconnect();
            resolve(now - started);
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      });
    },
    /** Frame intervals (requestAnimationFrame) and long tasks, from `startFrames` to `stopFrames`. */
    startFrames() {
      const frames = [];
      const tasks = [];
      let last;
      let running = true;
      const tick = (at) => {
        if (last !== undefined) frames.push(at - last);
        last = at;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      bench.stopFrames = () => {
        running = false;
        for (const entry of observer.takeRecords()) tasks.push(entry.duration);
        observer.disconnect();
        return { frames, tasks };
      };
    },
  };
  // The scripts (and style sheets) the page had fetched by then: the entry and its eager chunks.
  const scriptsUntil = (at) =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.responseEnd <= at && /\.(js|css)(\?|$)/.test(entry.name))
      .map((entry) => new URL(entry.name).pathname);
  globalThis.__bench = bench;
}

// The workloads scenario of `npm run bench:browser` (issue 16): a design of 20 NodePools, 4
// EC2NodeClasses and 100 Deployments (plus DaemonSets) imported through the file input; then one
// workload's replicas are edited in the inspector and the time to the next painted frame is taken
// (re-plan, nodes, edges, problems, YAML).
import { benchDesignYaml } from './workloadsDesign.mjs';

/**
 * Starts recording, for each key press: the browser's Event Timing duration (from the key to the
 * next frame painted after its handlers, what a user waits for: INP), the time the edit's own
 * handlers took, and the time from the key until the frame in which the edited workload's
 * Placement section and edges show the new plan is painted (a MutationObserver sees them change; a task
 * queued from the next animation frame runs once that frame is painted). The last is the figure
 * the workloads issue sets a budget for: re-planned and redrawn, whatever work is deferred.
 */
// The function given to page.evaluate runs in the page, where these are defined.
/* global document, MutationObserver, requestAnimationFrame, scheduler */
async function recordKeys(page, workload) {
  await page.evaluate((name) => {
    globalThis.__keys = [];
    globalThis.__handlers = [];
    globalThis.__edges = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown') globalThis.__keys.push(entry.duration);
        // The edit itself runs in the input event's handlers (React's onChange).
        if (entry.name === 'input')
          globalThis.__handlers.push(entry.processingEnd - entry.processingStart);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    let keyAt;
    document.addEventListener('keydown', (event) => (keyAt = event.timeStamp), true);
    // The plan of the edited workload as the inspector's Placement section and its edges say it.
    const edges = () =>
      [...document.querySelectorAll(`[aria-label^="${name} lands on "]`)]
        .map((edge) => edge.getAttribute('aria-label'))
        .join('|') + (document.querySelector('[data-testid="placement"]')?.textContent ?? '');
    let shown = edges();
    new MutationObserver(() => {
      const now = edges();
      if (now === shown || keyAt === undefined) return;
      shown = now;
      const start = keyAt;
      keyAt = undefined;
      // A user-blocking task runs as soon as the frame is painted, ahead of work the app
      // queued for after that paint (the YAML panel's text).
      requestAnimationFrame(() =>
        scheduler.postTask(() => globalThis.__edges.push(performance.now() - start), {
          priority: 'user-blocking',
        }),
      );
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
      attributeFilter: ['aria-label'],
    });
  }, workload);
}

const keyDurations = (page) =>
  page.evaluate(() => ({
    keys: globalThis.__keys.splice(0),
    handlers: globalThis.__handlers.splice(0),
    edges: globalThis.__edges.splice(0),
  }));

export async function workloadsScenario(browser, { origin, runs, profiling }) {
  const yaml = benchDesignYaml({ pools: 20, workloads: 100, replicas: 50 });
  const importTimes = [];
  const editTimes = [];
  const handlerTimes = [];
  const edgeTimes = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(origin);
    await page.getByTestId('new-design').click();
    await page
      .locator('.react-flow__node')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles({
      name: 'bench.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml),
    });
    // Attached, not visible: the design opens zoomed out, where a card is a block that keeps
    // its verdict in the page without drawing it.
    await page
      .locator('[data-testid="workload-verdict"][data-pool]:not([data-pool=""])')
      .first()
      .waitFor({ state: 'attached' });
    importTimes.push(Date.now() - started);
    // The import selects what it added; clear that, then pick one workload as a click does.
    const pane = await page.locator('.react-flow__pane').boundingBox();
    await page.mouse.click(pane.x + 120, pane.y + pane.height / 2);
    await page
      .locator('.react-flow__node-workload', { hasText: 'app-010' })
      .first()
      .dispatchEvent('click');
    const replicas = page.getByTestId('inspector').getByLabel('Replicas', { exact: true }).first();
    await replicas.click();
    await page.keyboard.press('End');
    await recordKeys(page, 'app-010');
    const stop = run === runs - 1 ? await profiling?.(page, 'workloads') : undefined;
    // Each key is an edit: 50 -> 5 -> 50 ... (the first pair warms the JIT up).
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 2 ? '0' : 'Backspace');
      await page.waitForTimeout(150);
    }
    await stop?.();
    const { keys, handlers, edges } = await keyDurations(page);
    if (edges.length < 6) throw new Error(`8 edits but the edge changed ${edges.length} times`);
    edgeTimes.push(...edges.slice(2));
    editTimes.push(...keys.slice(2));
    handlerTimes.push(...handlers.slice(2));
    await context.close();
  }
  return { importTimes, editTimes, handlerTimes, edgeTimes };
}

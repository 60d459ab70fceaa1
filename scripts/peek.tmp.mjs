import { chromium } from '@playwright/test';
import { benchDesignYaml } from '../bench/browser/workloadsDesign.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.addInitScript(() => {
  globalThis.__renders = new Map();
  globalThis.__count = false;
  globalThis.__props = new WeakMap();
  globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot(_id, root) {
      if (!globalThis.__count) { const clear = (f) => { while (f) { if (typeof f.type !== 'string') f.flags &= ~1; else globalThis.__props.set(f, f.memoizedProps); clear(f.child); f = f.sibling; } }; clear(root.current.child); return; }
      const ownerName = (f) => { let o = f.return; while (o && (typeof o.type === 'string' || !o.type)) o = o.return; if (!o) return '?'; const t = o.type; return t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && t.render.name) || '?'; };
      const walk = (f) => {
        while (f) {
          const alt = f.alternate;
          const rendered = typeof f.type === 'string' ? (globalThis.__props.get(f) !== f.memoizedProps) : (f.flags & 1) === 1;
          if (typeof f.type === 'string') globalThis.__props.set(f, f.memoizedProps);
          if (rendered && typeof f.type !== 'string' && f.type) {
            const name = f.type.displayName || f.type.name || (f.type.type && (f.type.type.displayName || f.type.type.name)) || '?';
            globalThis.__renders.set(name, (globalThis.__renders.get(name) ?? 0) + 1);
          }
          if (rendered && typeof f.type === 'string') { const k = '<dom in ' + ownerName(f) + '>'; globalThis.__renders.set(k, (globalThis.__renders.get(k) ?? 0) + 1); }
          if (typeof f.type !== 'string') f.flags &= ~1;
          walk(f.child);
          f = f.sibling;
        }
      };
      walk(root.current.child);
      globalThis.__renders.set('#commits', (globalThis.__renders.get('#commits') ?? 0) + 1);
    },
    onCommitFiberUnmount(_id, f) { if (!globalThis.__count) return; const t = f.type; const name = typeof t === 'string' ? '<' + t + '>' : (t && (t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)))) || '?'; globalThis.__renders.set('unmount ' + name, (globalThis.__renders.get('unmount ' + name) ?? 0) + 1); }, onPostCommitFiberRoot() {}, checkDCE() {},
  };
});
await page.goto('http://127.0.0.1:4481/');
await page.getByTestId('new-design').click();
await page.getByTestId('import-file').setInputFiles({ name: 'b.yaml', mimeType: 'application/yaml', buffer: Buffer.from(benchDesignYaml()) });
await page.locator('[data-testid="workload-verdict"][data-pool]:not([data-pool=""])').first().waitFor();
const pane = await page.locator('.react-flow__pane').boundingBox();
await page.mouse.click(pane.x + 120, pane.y + pane.height / 2);
await page.locator('.react-flow__node-workload', { hasText: 'app-010' }).first().dispatchEvent('click');
const replicas = page.getByTestId('inspector').getByLabel('Replicas', { exact: true }).first();
await replicas.click(); await page.keyboard.press('End');
await page.waitForTimeout(300);
await page.evaluate(() => { globalThis.__count = true; });
await page.keyboard.press('Backspace');
await page.waitForTimeout(150);
const commits = 0; const r = await page.evaluate(() => [...globalThis.__renders].sort((a, b) => b[1] - a[1]).slice(0, 45));
console.log(r.map(([n, c]) => `${String(c).padStart(5)} ${n}`).join('\n'));
await browser.close();

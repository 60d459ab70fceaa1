import { loadKindForms } from '../inspector/useKindForms';
import { loadPlanSummary } from './BottomDock';
import { loadPictureForm } from './PictureDialog';
import { loadStartBody } from './StartScreen';

/**
 * What the user is likely to want next, fetched when the browser has nothing better to do, so
 * opening it later shows no skeleton. Each import() is the same one the lazy component or the
 * command makes: the browser keeps the module, nothing is loaded twice.
 */
const NEXT: readonly (() => Promise<unknown>)[] = [
  () => import('../editor/YamlPanelFallback'),
  () => import('../store/yamlSelectors'),
  () => import('../domain/yaml/export/exportDesign'),
  loadKindForms,
  () => import('../commands/importFromSources'),
  () => import('../learn/LearnPanel'),
  loadPlanSummary,
  loadStartBody,
  loadPictureForm,
];

/** One import per idle period, so a click in between is never kept waiting behind all of them. */
export function preloadWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function') return;
  const queue = [...NEXT];
  const next = () => {
    const load = queue.shift();
    if (!load) return;
    void load()
      .catch(() => undefined)
      .finally(() => requestIdleCallback(next, { timeout: 5000 }));
  };
  requestIdleCallback(next, { timeout: 5000 });
}

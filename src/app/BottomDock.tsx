import { Suspense, lazy, useState } from 'react';
import { OtherDocumentsList, useOtherDocumentCount } from '../otherDocuments/OtherDocumentsList';
import { ProblemsList } from '../problems/ProblemsList';
import { PanelSkeleton } from '../ui/PanelSkeleton';

/** The Plan tab is not the one open at first: its chunk is preloaded when the browser is idle. */
export const loadPlanSummary = () => import('../plan/PlanSummary');
const PlanSummary = lazy(() => loadPlanSummary().then((m) => ({ default: m.PlanSummary })));

type Tab = 'problems' | 'plan' | 'others';

/**
 * The strip under the canvas, VS Code style: problems, the plan's nodes and cost, and the
 * documents kept from imports.
 */
export function BottomDock() {
  const [tab, setTab] = useState<Tab>('problems');
  const others = useOtherDocumentCount();
  return (
    <div className="dock">
      <div className="dock__tabs" role="tablist" aria-label="Bottom panel">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'problems'}
          onClick={() => setTab('problems')}
        >
          Problems
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'plan'}
          onClick={() => setTab('plan')}
          data-testid="tab-plan"
        >
          Plan
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'others'}
          onClick={() => setTab('others')}
          data-testid="tab-other-documents"
        >
          Other documents{others > 0 ? ` (${others})` : ''}
        </button>
      </div>
      <div className="dock__body" role="tabpanel">
        {tab === 'problems' ? (
          <ProblemsList />
        ) : tab === 'plan' ? (
          <Suspense fallback={<PanelSkeleton label="Plan" />}>
            <PlanSummary />
          </Suspense>
        ) : (
          <OtherDocumentsList />
        )}
      </div>
    </div>
  );
}

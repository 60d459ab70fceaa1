import { useState } from 'react';
import { OtherDocumentsList, useOtherDocumentCount } from '../otherDocuments/OtherDocumentsList';
import { PlanSummary } from '../plan/PlanSummary';
import { ProblemsList } from '../problems/ProblemsList';

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
          <PlanSummary />
        ) : (
          <OtherDocumentsList />
        )}
      </div>
    </div>
  );
}

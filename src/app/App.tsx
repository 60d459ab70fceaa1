import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, lazy, useEffect, useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { afterNextPaint } from '../store/afterNextPaint';
import { useDesignStore } from '../store/designStore';
import { PanelSkeleton } from '../ui/PanelSkeleton';
import { useEditGesture } from '../ui/useEditGesture';
import { BottomDock } from './BottomDock';
import { ConfirmDialog } from './ConfirmDialog';
import { ConversionReviewDialog } from './ConversionReviewDialog';
import { Notices } from './Notices';
import { PictureDialog } from './PictureDialog';
import { SharedBanner } from './SharedBanner';
import { ShortcutSheet } from './ShortcutSheet';
import { StartScreen } from './StartScreen';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import '../learn/learn.css';
import './app.css';
import './startScreen.css';

// Monaco is large: it loads after the canvas is usable, in its own chunk.
const YamlPanel = lazy(() => import('../editor/YamlPanel'));
// Its stand-in shows the YAML as text, so it brings the YAML writer: a smaller chunk than
// Monaco's, that arrives first; until then the panel is a quiet skeleton.
const YamlPanelFallback = lazy(() =>
  import('../editor/YamlPanelFallback').then((m) => ({ default: m.YamlPanelFallback })),
);

// Every field's explanation is a chunk of its own, preloaded when the browser is idle.
const LearnPanel = lazy(() =>
  import('../learn/LearnPanel').then((m) => ({ default: m.LearnPanel })),
);

/** The learn panel's frame holds a skeleton in the moment its chunk is still on its way. */
function LearnPanelLoading() {
  return (
    <aside className="learn" aria-label="Learn">
      <PanelSkeleton label="Learn" />
    </aside>
  );
}

export function App({ onPainted }: { onPainted?: () => void }) {
  useShortcuts();
  const yamlOpen = useDesignStore((s) => s.yamlOpen);
  const learnOpen = useDesignStore((s) => s.learn !== undefined);
  // Typing in the YAML panel is one undo step until the editor loses focus (Enter is a newline).
  const yamlGesture = useEditGesture({ endOnEnter: false });
  // The YAML panel's chunks (and the ones Vite preloads with them) and what `onPainted` loads
  // are asked for once the canvas is painted: on a cold load they raced the first cards.
  const [painted, setPainted] = useState(false);
  useEffect(
    () =>
      afterNextPaint(() => {
        setPainted(true);
        onPainted?.();
      }),
    [onPainted],
  );
  return (
    <ReactFlowProvider>
      <div className={yamlOpen ? 'app' : 'app app--no-yaml'}>
        <Toolbar />
        <SharedBanner />
        <main className="app__workspace">
          <div className="app__canvas-column">
            <Canvas />
            <div className="app__problems">
              <BottomDock />
            </div>
          </div>
          <aside className="app__inspector" aria-label="Inspector">
            <Inspector />
          </aside>
          {yamlOpen && (
            <aside className="app__yaml" aria-label="YAML" {...yamlGesture}>
              {painted ? (
                <Suspense fallback={<PanelSkeleton label="YAML" />}>
                  <Suspense fallback={<YamlPanelFallback />}>
                    <YamlPanel />
                  </Suspense>
                </Suspense>
              ) : (
                <PanelSkeleton label="YAML" />
              )}
            </aside>
          )}
        </main>
        {learnOpen && (
          <Suspense fallback={<LearnPanelLoading />}>
            <LearnPanel />
          </Suspense>
        )}
        <Notices />
        <ConfirmDialog />
        <ConversionReviewDialog />
        <ShortcutSheet />
        <StartScreen />
        <PictureDialog />
      </div>
    </ReactFlowProvider>
  );
}

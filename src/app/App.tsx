import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, lazy } from 'react';
import { Canvas } from '../canvas/Canvas';
import { YamlPanelFallback } from '../editor/YamlPanelFallback';
import { Inspector } from '../inspector/Inspector';
import { LearnPanel } from '../learn/LearnPanel';
import { useDesignStore } from '../store/designStore';
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
import './app.css';
import './startScreen.css';

// Monaco is large: it loads after the canvas is usable, in its own chunk.
const YamlPanel = lazy(() => import('../editor/YamlPanel'));

export function App() {
  useShortcuts();
  const yamlOpen = useDesignStore((s) => s.yamlOpen);
  // Typing in the YAML panel is one undo step until the editor loses focus (Enter is a newline).
  const yamlGesture = useEditGesture({ endOnEnter: false });
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
              <Suspense fallback={<YamlPanelFallback />}>
                <YamlPanel />
              </Suspense>
            </aside>
          )}
        </main>
        <LearnPanel />
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

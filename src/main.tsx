import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { preloadWhenIdle } from './app/preloadWhenIdle';
import { keepForOffline } from './app/offlineReady';
import { saveProjectFile } from './commands/projectFile';
import { runCommand } from './commands/run';
import { openSharedLink } from './commands/shareLink';
import { loadCheckerInto } from './store/checker';
import { afterNextPaintWhenIdle } from './store/afterNextPaint';
import { followDesign } from './store/checkedDesign';
import { autosave, useDesignStore } from './store/designStore';
import { loadCatalogInto } from './store/instanceCatalog';
import { applyTheme } from './store/themePreference';
import './app/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Before the first paint, so a dark-theme user never sees a white flash.
applyTheme();
autosave.start(() => runCommand(saveProjectFile, undefined, 'notice'));
// Problems follow the design one paint behind it (checkedDesign.ts), at background priority so
// that a due frame (the YAML panel's new text) and the next key come first.
followDesign(useDesignStore, afterNextPaintWhenIdle);
// A link that carries a design opens it before the first paint, over the user's own.
const openLink = () => runCommand(openSharedLink, undefined, 'page');
openLink();
// A link pasted into the address bar of an open tab changes only the fragment.
window.addEventListener('hashchange', openLink);
/** What waits until the canvas is painted: on a cold load these chunks raced the first cards. */
function afterCanvasPainted(): void {
  // The rules come first: the problems list says "Checking…" until they are in.
  void loadCheckerInto(useDesignStore);
  // The instance catalog is a chunk of its own; the problems and plans that need it appear when
  // it arrives. Opened offline before the chunk was cached, it is fetched when the network
  // comes back.
  void loadCatalogInto(useDesignStore);
  preloadWhenIdle();
}
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App onPainted={afterCanvasPainted} />
    </ErrorBoundary>
  </StrictMode>,
);
keepForOffline();
window.addEventListener('online', () => {
  void loadCheckerInto(useDesignStore);
  if (!useDesignStore.getState().catalog) void loadCatalogInto(useDesignStore);
});

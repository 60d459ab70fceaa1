import { useMemo, useState } from 'react';
import { startNewDesign } from '../commands/designLibrary';
import { closeDialog } from '../commands/dialogs';
import { openLearn } from '../commands/learn';
import { openProjectFile, pickProjectFile } from '../commands/projectFile';
import { runCommand } from '../commands/run';
import { exampleDesign } from '../domain/design/example';
import { EMPTY_DESIGN } from '../domain/design/types';
import { PROJECT_FILE_TYPES } from '../domain/share/projectFile';
import { TEMPLATES } from '../domain/templates/templates';
import { useDesignStore } from '../store/designStore';
import { listDesigns } from '../store/listDesigns';
import { resolveTheme, useThemeStore } from '../store/themePreference';
import { DesignRow } from './DesignRow';
import { TemplateCard } from './TemplateCard';

/**
 * What the start screen shows: its own chunk with the templates and their thumbnails, loaded
 * when the screen first opens (or earlier, when the browser is idle).
 */
export function StartBody() {
  const [now] = useState(Date.now);
  const theme = resolveTheme(useThemeStore((s) => s.preference));
  // The library slice keeps the list in step with storage, this tab's writes and others'.
  const library = useDesignStore((s) => s.library);
  const opened = useDesignStore((s) => s.document);
  const design = useDesignStore((s) => s.viewing?.ownDesign ?? s.design);
  const designs = useMemo(
    () => listDesigns(library, { document: opened, design }, now),
    [library, opened, design, now],
  );
  return (
    <>
      <header className="start__header">
        <h2 id="start-title">Designs</h2>
        <div className="start__header-actions">
          <button
            type="button"
            data-testid="blank-design"
            onClick={() =>
              runCommand(
                startNewDesign,
                { name: 'Untitled design', design: EMPTY_DESIGN },
                'start-screen',
              )
            }
          >
            Blank design
          </button>
          <button
            type="button"
            onClick={() =>
              runCommand(
                startNewDesign,
                { name: 'Example design', design: exampleDesign() },
                'start-screen',
              )
            }
          >
            Example design
          </button>
          <button
            type="button"
            onClick={() => runCommand(pickProjectFile, undefined, 'start-screen')}
          >
            {pickProjectFile.label}
          </button>
          <input
            type="file"
            className="toolbar__file"
            accept={PROJECT_FILE_TYPES}
            data-testid="open-project-file"
            aria-label="Open a project file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void runCommand(openProjectFile, { file }, 'start-screen');
            }}
          />
          <button type="button" onClick={() => runCommand(openLearn, {}, 'start-screen')}>
            Learn the model
          </button>
          <button
            type="button"
            className="start__close"
            onClick={() => runCommand(closeDialog, { kind: 'start' }, 'start-screen')}
            aria-label="Close"
          >
            ✕
          </button>
        </div>
      </header>
      <div className="start__body">
        <section className="start__section" aria-labelledby="start-designs">
          <h3 id="start-designs">In this browser</h3>
          {designs.entries.length > 0 ? (
            <ul className="start__designs">
              {designs.entries.map((entry) => (
                <DesignRow
                  key={entry.id}
                  entry={entry}
                  isOpen={entry.id === designs.openId}
                  now={now}
                />
              ))}
            </ul>
          ) : (
            <p className="start__meta">No designs yet.</p>
          )}
          <p className="start__note">
            Kept in this browser only. To move a design to another machine, save it as a project
            file or share a link.
          </p>
        </section>
        <section
          className="start__section start__section--templates"
          aria-labelledby="start-templates"
        >
          <h3 id="start-templates">Start from a template</h3>
          <ul className="start__templates">
            {TEMPLATES.map((template) => (
              <TemplateCard key={template.id} template={template} theme={theme} />
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

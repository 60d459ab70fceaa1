import { useEffect, useMemo, useRef, useState } from 'react';
import {
  deleteStoredDesign,
  duplicateStoredDesign,
  listDesigns,
  openStoredDesign,
  renameStoredDesign,
  startDesign,
} from '../commands/designLibrary';
import { openProjectFile } from '../commands/projectFile';
import type { LibraryEntry } from '../domain/design/designLibrary';
import { designSummary } from '../domain/design/designSummary';
import { exampleDesign } from '../domain/design/example';
import { EMPTY_DESIGN } from '../domain/design/types';
import { designSvg } from '../domain/picture/designSvg';
import { PROJECT_EXTENSION } from '../domain/share/projectFile';
import { TEMPLATES } from '../domain/templates/templates';
import type { DesignTemplate } from '../domain/templates/designTemplate';
import { useDesignStore } from '../store/designStore';
import { LIBRARY_KEY } from '../store/libraryStorage';
import { resolveTheme, useThemeStore, type Theme } from '../store/themePreference';
import { useModalDialog } from './useModalDialog';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function updatedLabel(at: number, now: number): string {
  if (at <= 0) return '';
  const minutes = Math.round((at - now) / 60_000);
  if (Math.abs(minutes) < 1) return 'just now';
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return new Date(at).toLocaleDateString();
}

function RenameInput({ entry, onDone }: { entry: LibraryEntry; onDone: () => void }) {
  const [value, setValue] = useState(entry.name);
  const commit = () => {
    if (value.trim() && value !== entry.name) renameStoredDesign(entry.id, value);
    onDone();
  };
  return (
    <input
      className="start__rename"
      aria-label={`New name for ${entry.name}`}
      data-testid="design-rename-input"
      value={value}
      autoFocus
      maxLength={120}
      onChange={(event) => setValue(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') {
          // Escape leaves the rename, not the whole start screen.
          event.preventDefault();
          event.stopPropagation();
          onDone();
        }
      }}
    />
  );
}

function DesignRow({
  entry,
  isOpen,
  now,
  onChanged,
}: {
  entry: LibraryEntry;
  isOpen: boolean;
  now: number;
  onChanged: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="start__design" data-testid="design-entry" data-open={isOpen || undefined}>
      <div className="start__design-main">
        {renaming ? (
          <RenameInput
            entry={entry}
            onDone={() => {
              setRenaming(false);
              onChanged();
            }}
          />
        ) : (
          <button
            type="button"
            className="start__design-name"
            onClick={() => openStoredDesign(entry.id)}
            title={`Open ${entry.name}`}
          >
            {entry.name}
          </button>
        )}
        <span className="start__meta">
          {designSummary(entry.design)}
          {isOpen ? ' · open now' : ` · ${updatedLabel(entry.updatedAt, now)}`}
        </span>
      </div>
      <div className="start__design-actions">
        <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${entry.name}`}>
          Rename
        </button>
        <button
          type="button"
          onClick={() => {
            duplicateStoredDesign(entry.id);
            onChanged();
          }}
          aria-label={`Duplicate ${entry.name}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="is-danger"
          onClick={() => deleteStoredDesign(entry.id)}
          aria-label={`Delete ${entry.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function TemplateCard({ template, theme }: { template: DesignTemplate; theme: Theme }) {
  const [more, setMore] = useState(false);
  const design = useMemo(() => template.build(), [template]);
  const thumbnail = useMemo(() => designSvg(design, { theme }).svg, [design, theme]);
  return (
    <li className="start__template" data-testid="template-card" data-template={template.id}>
      <img
        className="start__thumbnail"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(thumbnail)}`}
        alt=""
      />
      <h4>{template.title}</h4>
      <p className={more ? 'start__template-summary is-open' : 'start__template-summary'}>
        {template.summary}
      </p>
      <button
        type="button"
        className="start__more"
        aria-expanded={more}
        onClick={() => setMore((open) => !open)}
      >
        {more ? 'Less' : 'Read more'}
      </button>
      <p className="start__meta">{designSummary(design)}</p>
      <div className="start__template-foot">
        <span className="start__docs">
          {template.docs.map((doc) => (
            <a key={doc.url} href={doc.url} target="_blank" rel="noreferrer noopener">
              {doc.label}
            </a>
          ))}
        </span>
        <button
          type="button"
          className="is-primary start__use"
          data-testid="use-template"
          onClick={() => startDesign(template.title, template.build())}
        >
          Use template
        </button>
      </div>
    </li>
  );
}

/**
 * The start screen: the designs kept in this browser, a blank design, a project file, and the
 * templates gallery. Starting anything keeps the open design in the list, so nothing is lost.
 */
export function StartScreen() {
  const open = useDesignStore((s) => s.startScreen);
  const show = useDesignStore((s) => s.showStartScreen);
  const dialog = useModalDialog(open);
  return (
    <dialog
      ref={dialog}
      className="dialog start"
      data-testid="start-screen"
      aria-labelledby="start-title"
      onClose={() => show(false)}
    >
      {/* Mounted when shown: the list is read from storage then, not kept in the store. */}
      {open ? <StartBody /> : null}
    </dialog>
  );
}

function StartBody() {
  const show = useDesignStore((s) => s.showStartScreen);
  const showLearn = useDesignStore((s) => s.showLearn);
  const fileInput = useRef<HTMLInputElement>(null);
  const [designs, setDesigns] = useState(listDesigns);
  const [now] = useState(Date.now);
  const theme = resolveTheme(useThemeStore((s) => s.preference));
  const refresh = () => setDesigns(listDesigns());
  // A delete is confirmed in its own dialog; the list is read again when that one closes.
  useEffect(
    () =>
      useDesignStore.subscribe((state, before) => {
        if (before.confirmation && !state.confirmation) setDesigns(listDesigns());
      }),
    [],
  );
  // Another tab of the app may add or delete a design while this list is shown.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LIBRARY_KEY) setDesigns(listDesigns());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return (
    <>
      <header className="start__header">
        <h2 id="start-title">Designs</h2>
        <div className="start__header-actions">
          <button
            type="button"
            data-testid="blank-design"
            onClick={() => startDesign('Untitled design', EMPTY_DESIGN)}
          >
            Blank design
          </button>
          <button type="button" onClick={() => startDesign('Example design', exampleDesign())}>
            Example design
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open project file…
          </button>
          <input
            ref={fileInput}
            type="file"
            className="toolbar__file"
            accept={`${PROJECT_EXTENSION},.json,application/json`}
            data-testid="open-project-file"
            aria-label="Open a project file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void openProjectFile(file);
            }}
          />
          <button
            type="button"
            onClick={() => {
              show(false);
              showLearn('model:nodepool');
            }}
          >
            Learn the model
          </button>
          <button
            type="button"
            className="start__close"
            onClick={() => show(false)}
            aria-label="Close"
          >
            ✕
          </button>
        </div>
      </header>
      <div className="start__body">
        <section className="start__section" aria-labelledby="start-designs">
          <h3 id="start-designs">In this browser</h3>
          {designs && designs.entries.length > 0 ? (
            <ul className="start__designs">
              {designs.entries.map((entry) => (
                <DesignRow
                  key={entry.id}
                  entry={entry}
                  isOpen={entry.id === designs.openId}
                  now={now}
                  onChanged={refresh}
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

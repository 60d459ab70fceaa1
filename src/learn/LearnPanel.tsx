import { useEffect, useRef, useState } from 'react';
import { LEARN_SECTIONS, learnEntry, searchLearn } from '../domain/learn/learnEntries';
import type { LearnEntry } from '../domain/learn/learnEntry';
import { MENTAL_MODEL } from '../domain/learn/mentalModel';
import { closeLearn, openLearn } from '../commands/learn';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';
import './learn.css';

function EntryDetail({ entry }: { entry: LearnEntry }) {
  return (
    <article className="learn__entry" data-testid="learn-entry" aria-labelledby="learn-entry-title">
      <h3 id="learn-entry-title">{entry.title}</h3>
      <p>{entry.what}</p>
      {entry.default ? (
        <p>
          <strong>Default: </strong>
          {entry.default}
        </p>
      ) : null}
      {entry.mistake ? (
        <p className="learn__mistake">
          <strong>Common mistake: </strong>
          {entry.mistake}
        </p>
      ) : null}
      <a className="learn__docs" href={entry.docs.url} target="_blank" rel="noreferrer noopener">
        {entry.docs.label} ↗
      </a>
    </article>
  );
}

function EntryLink({ entry, current }: { entry: LearnEntry; current: boolean }) {
  return (
    <li>
      <button
        type="button"
        className="learn__link"
        aria-current={current || undefined}
        onClick={() => runCommand(openLearn, { entry: entry.id }, 'panel')}
      >
        {entry.title}
      </button>
    </li>
  );
}

/**
 * The learn panel: the mental model on top, always; the entry a ⓘ asked for under it; every
 * kind's fields below, with a filter. Opened from the toolbar or any ⓘ, closed with Escape.
 */
export function LearnPanel() {
  const id = useDesignStore((s) => s.learn);
  const [query, setQuery] = useState('');
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A new entry is read from its top, wherever the list was scrolled.
    top.current?.scrollTo({ top: 0 });
  }, [id]);
  if (id === undefined) return null;
  const entry = learnEntry(id);
  const isModel = MENTAL_MODEL.some((m) => m.id === id);
  const results = query.trim() ? searchLearn(query) : undefined;
  return (
    <aside
      className="learn"
      data-testid="learn-panel"
      aria-label="Learn"
      onKeyDown={(event) => {
        if (event.key === 'Escape') runCommand(closeLearn, undefined, 'key');
      }}
    >
      <header className="learn__header">
        <h2>Learn</h2>
        <input
          type="search"
          className="learn__search"
          placeholder="Search: taint, weight, MIG…"
          aria-label="Search the explanations"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          className="learn__close"
          aria-label="Close the learn panel"
          onClick={() => runCommand(closeLearn, undefined, 'panel')}
        >
          ✕
        </button>
      </header>
      <div className="learn__body" ref={top}>
        {results ? (
          <section aria-label="Search results">
            <h3 className="learn__heading">
              {results.length} result{results.length === 1 ? '' : 's'}
            </h3>
            <ul className="learn__links">
              {results.map((r) => (
                <EntryLink key={r.id} entry={r} current={r.id === id} />
              ))}
            </ul>
          </section>
        ) : null}
        {entry && !isModel ? <EntryDetail entry={entry} /> : null}
        <section className="learn__model" aria-labelledby="learn-model">
          <h3 className="learn__heading" id="learn-model">
            The mental model
          </h3>
          <ol>
            {MENTAL_MODEL.map((m) => (
              <li key={m.id} className={m.id === id ? 'is-current' : undefined}>
                <strong>{m.title}.</strong> {m.what}{' '}
                <a href={m.docs.url} target="_blank" rel="noreferrer noopener">
                  {m.docs.label} ↗
                </a>
              </li>
            ))}
          </ol>
        </section>
        {LEARN_SECTIONS.filter((s) => s.entries !== MENTAL_MODEL).map((section) => (
          <details
            key={section.title}
            className="learn__section"
            open={section.entries.some((e) => e.id === id)}
          >
            <summary>
              {section.title} <span className="learn__count">{section.entries.length}</span>
            </summary>
            <ul className="learn__links">
              {section.entries.map((e) => (
                <EntryLink key={e.id} entry={e} current={e.id === id} />
              ))}
            </ul>
          </details>
        ))}
      </div>
    </aside>
  );
}

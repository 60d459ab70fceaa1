import { useMemo, useState } from 'react';
import { startNewDesign } from '../commands/designLibrary';
import { runCommand } from '../commands/run';
import { designSummary } from '../domain/design/designSummary';
import { designSvg } from '../domain/picture/designSvg';
import type { DesignTemplate } from '../domain/templates/designTemplate';
import type { Theme } from '../store/themePreference';

/** A template in the gallery: a picture of its design, why it is built so, and where to read more. */
export function TemplateCard({ template, theme }: { template: DesignTemplate; theme: Theme }) {
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
          onClick={() =>
            runCommand(
              startNewDesign,
              { name: template.title, design: template.build() },
              'start-screen',
            )
          }
        >
          Use template
        </button>
      </div>
    </li>
  );
}

import { answerConversionReview } from '../commands/dialogs';
import { runCommand } from '../commands/run';
import { diffLines } from '../domain/yaml/convert';
import type { Dialog } from '../store/dialogs';

type Review = Extract<Dialog, { kind: 'conversion-review' }>;

/** The review's list and line diffs: their own chunk with the diff library, loaded on demand. */
export function ConversionReview({ review }: { review: Review }) {
  return (
    <>
      <h2 id="conversion-title">
        Convert {review.conversions.length} older manifest
        {review.conversions.length === 1 ? '' : 's'} to Karpenter v1?
      </h2>
      <div className="conversion-dialog__list">
        {review.conversions.map((c, i) => (
          <section key={i} className="conversion-dialog__item">
            <h3>
              {c.from} “<bdi>{c.name}</bdi>”{' '}
              <span>
                {c.source}:{c.line}
              </span>
            </h3>
            <ul>
              {c.changes.map((change, j) => (
                <li key={j}>{change}</li>
              ))}
              {c.warnings.map((warning, j) => (
                <li key={`w${j}`} className="is-warning">
                  {warning}
                </li>
              ))}
            </ul>
            <pre className="conversion-dialog__diff" aria-label={`Changes to ${c.name}`}>
              {diffLines(c.before, c.after).map((line, j) => (
                <span key={j} className={`diff-${line.kind}`}>
                  {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
                  {line.text}
                  {'\n'}
                </span>
              ))}
            </pre>
          </section>
        ))}
      </div>
      <div className="dialog__actions">
        <button
          type="button"
          onClick={() => runCommand(answerConversionReview, { convert: false }, 'dialog')}
        >
          Import without them
        </button>
        <button
          type="button"
          className="is-primary"
          onClick={() => runCommand(answerConversionReview, { convert: true }, 'dialog')}
          autoFocus
        >
          Convert and import
        </button>
      </div>
    </>
  );
}

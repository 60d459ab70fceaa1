import type { JSX, ReactNode } from 'react';
import { runCommand } from '../../commands/run';
import { copyTextSnippet, downloadTextFile } from '../../commands/takeText';

interface SnippetProps {
  title: string;
  text: string;
  fileName: string;
  testId: string;
  children?: ReactNode;
}

/** Generated text to take elsewhere: shown whole, copied or downloaded as a file. */
export function Snippet({ title, text, fileName, testId, children }: SnippetProps): JSX.Element {
  const copy = () => runCommand(copyTextSnippet, { text, what: title.toLowerCase() }, 'inspector');
  return (
    <div className="insp-snippet" data-testid={testId}>
      <div className="insp-snippet__head">
        <span>{title}</span>
        <button type="button" className="insp-button" onClick={() => void copy()}>
          Copy
        </button>
        <button
          type="button"
          className="insp-button"
          onClick={() =>
            runCommand(
              downloadTextFile,
              {
                text,
                fileName,
                type: fileName.endsWith('.yaml') ? 'application/yaml' : 'text/plain',
              },
              'inspector',
            )
          }
        >
          Download
        </button>
      </div>
      {children}
      <pre className="insp-snippet__text">{text}</pre>
    </div>
  );
}

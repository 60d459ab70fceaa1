import type { JSX, ReactNode } from 'react';
import { downloadText } from '../../platform/download';
import { useDesignStore } from '../../store/designStore';

interface SnippetProps {
  title: string;
  text: string;
  fileName: string;
  testId: string;
  children?: ReactNode;
}

/** Generated text to take elsewhere: shown whole, copied or downloaded as a file. */
export function Snippet({ title, text, fileName, testId, children }: SnippetProps): JSX.Element {
  const copy = async () => {
    const { notify } = useDesignStore.getState();
    try {
      await navigator.clipboard.writeText(text);
      notify({ tone: 'info', text: `Copied the ${title.toLowerCase()}.` });
    } catch {
      notify({ tone: 'error', text: 'The browser refused clipboard access: use Download.' });
    }
  };
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
            downloadText(
              text,
              fileName,
              fileName.endsWith('.yaml') ? 'application/yaml' : 'text/plain',
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

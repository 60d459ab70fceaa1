import { useEffect } from 'react';
import { answerNotice, dismissNotice } from '../commands/notices';
import { runCommand } from '../commands/run';
import { downloadTextFile } from '../commands/takeText';
import { useDesignStore, type Notice } from '../store/designStore';
import { QuotedText } from '../ui/QuotedText';

const INFO_TIMEOUT_MS = 4000;

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useDesignStore((s) => s.dismissNotice);
  useEffect(() => {
    if (notice.tone !== 'info' || notice.details || notice.actions) return;
    const timer = setTimeout(() => dismiss(notice.id), INFO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  const copy = notice.unreadable;
  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <div className="notice__text">
        <QuotedText text={notice.text} />
        {notice.details && (
          <ul className="notice__details">
            {notice.details.map((line, i) => (
              <li key={i}>
                <QuotedText text={line} />
              </li>
            ))}
          </ul>
        )}
        {notice.actions && (
          <div className="notice__actions">
            {notice.actions.map((action) => (
              <button
                key={action.label}
                type="button"
                onClick={() => runCommand(answerNotice, { id: notice.id, action }, 'notice')}
              >
                {action.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {copy && (
        <button
          type="button"
          onClick={() =>
            runCommand(
              downloadTextFile,
              {
                text: copy.text,
                fileName: 'unreadable-saved-design.json',
                type: 'application/json',
              },
              'notice',
            )
          }
        >
          Download the saved data
        </button>
      )}
      <button
        type="button"
        aria-label="Dismiss"
        onClick={() => runCommand(dismissNotice, { id: notice.id }, 'notice')}
      >
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useDesignStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

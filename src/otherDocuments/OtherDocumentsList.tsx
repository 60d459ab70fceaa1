import { removeOtherDocument } from '../commands/otherDocuments';
import { runCommand } from '../commands/run';
import type { OtherDocument } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import './otherDocuments.css';

const NONE: readonly OtherDocument[] = [];

/** Documents of other kinds an import brought: not designed here, exported as they came. */
export function OtherDocumentsList() {
  const others = useDesignStore((s) => s.design.others ?? NONE);
  return (
    <section className="others" data-testid="other-documents" aria-label="Other documents">
      {others.length === 0 ? (
        <p className="others__empty">
          Documents of other kinds (Deployments, ConfigMaps…) that come with an import are kept here
          and exported untouched after the Karpenter documents.
        </p>
      ) : (
        <ul className="others__list">
          {others.map((doc) => (
            <li key={doc.id} className="others__item" data-testid="other-document">
              <span className="others__kind">{doc.kind}</span>
              <span className="others__name">{doc.name || '(no name)'}</span>
              <span className="others__api">{doc.apiVersion}</span>
              <button
                type="button"
                onClick={() => runCommand(removeOtherDocument, { id: doc.id }, 'panel')}
                aria-label={`Remove ${doc.kind} ${doc.name} from the export`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function useOtherDocumentCount(): number {
  return useDesignStore((s) => s.design.others?.length ?? 0);
}

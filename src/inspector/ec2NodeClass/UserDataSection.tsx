import { lazy, Suspense, useId, useRef, type JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { amiFamilyOf } from '../../domain/karpenter/facts/amiFamilies';
import { withSpecText } from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import {
  userDataHint,
  userDataLanguage,
  userDataPlaceholder,
  type UserDataLanguage,
} from '../../domain/karpenter/facts/userData';
import { useFieldProblems } from '../../store/useFieldProblems';
import { messagesAt } from '../fields/problemMessages';
import { Section } from '../fields/Section';

// Monaco is megabytes: it loads when this section is first opened, never with the app.
const CodeEditorField = lazy(() => import('../fields/CodeEditorField'));

const LANGUAGE_NAME: Readonly<Record<UserDataLanguage, string>> = {
  shell: 'shell / MIME',
  yaml: 'NodeConfig YAML',
  ini: 'TOML',
  powershell: 'PowerShell',
};

/** `spec.userData` in a code editor whose language follows the AMI family. */
export function UserDataSection({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const id = useId();
  const focusEditor = useRef<(() => void) | null>(null);
  const value = typeof nodeClass.spec.userData === 'string' ? nodeClass.spec.userData : '';
  const family = amiFamilyOf(nodeClass.spec);
  const language = userDataLanguage(family, value);
  const problems = useFieldProblems(classId, 'spec.userData');
  const messages = messagesAt(problems, 'spec.userData');
  return (
    <Section
      title="User data"
      count={value === '' ? 0 : value.split('\n').length}
      collapsed={value === ''}
      problems={problems}
      lazy
      learn="EC2NodeClass:spec.userData"
    >
      <div className="insp-field">
        <div className="insp-label-row">
          <label className="insp-label" id={`${id}-label`} onClick={() => focusEditor.current?.()}>
            User data
          </label>
          <span className="insp-tag" title={`Highlighted as ${LANGUAGE_NAME[language]}`}>
            {family} · {LANGUAGE_NAME[language]}
          </span>
        </div>
        <Suspense
          fallback={
            <pre className="insp-code insp-code--loading" aria-busy="true">
              {value || 'Loading editor…'}
            </pre>
          }
        >
          <CodeEditorField
            label="User data"
            value={value}
            language={language}
            placeholder={userDataPlaceholder(family, language)}
            invalid={messages.length > 0}
            onReady={(focus) => {
              focusEditor.current = focus;
            }}
            onChange={(text) => editEC2NodeClass(classId, (c) => withSpecText(c, 'userData', text))}
          />
        </Suspense>
        {messages.length > 0 ? <p className="insp-error">{messages.join(' ')}</p> : null}
        <p className="insp-hint">{userDataHint(family)}</p>
        <p className="insp-hint">
          Tab moves on to the next field; Ctrl+M (Ctrl+Shift+M on a Mac) makes Tab indent.
        </p>
      </div>
    </Section>
  );
}

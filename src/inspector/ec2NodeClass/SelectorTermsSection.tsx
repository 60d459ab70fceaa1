import type { JSX, ReactNode } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  selectorTerms,
  withSelectorTermAdded,
  withSelectorTermRemoved,
  type SelectorTermList,
} from '../../domain/karpenter/edits/selectorTermEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { ProblemNotes } from '../fields/ProblemNotes';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { SelectorTermRow } from './SelectorTermRow';
import type { LearnId } from '../../domain/learn/learnEntries';

interface SelectorTermsSectionProps {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
  list: SelectorTermList;
  title: string;
  /** One term in words, e.g. "subnet term": makes "Add subnet term", "Remove subnet term 2". */
  noun: string;
  /** One tag in words for the first term, e.g. "subnet tag"; later terms number theirs. */
  tagNoun: string;
  intro: ReactNode;
  empty: string;
  collapsed?: boolean;
  /** The learn entry explaining the list (domain/learn). */
  learn?: LearnId;
  /** Fields shown under the terms (the AMI family). */
  children?: ReactNode;
}

/** A selector term list: terms are ORed, each chosen by one form (tags, an ID, a name...). */
export function SelectorTermsSection({
  classId,
  nodeClass,
  list,
  title,
  noun,
  tagNoun,
  intro,
  empty,
  collapsed = false,
  learn,
  children,
}: SelectorTermsSectionProps): JSX.Element {
  const path = `spec.${list}`;
  const problems = useFieldProblems(classId, path);
  const terms = selectorTerms(nodeClass, list);
  return (
    <Section
      title={title}
      count={terms.length}
      collapsed={collapsed && terms.length === 0}
      problems={problems}
      learn={learn}
    >
      <p className="insp-hint">{intro}</p>
      <ProblemNotes problems={problems} path={path} />
      <RowList
        items={terms}
        noun={noun}
        variant="card"
        rowClassName="insp-grid-term"
        empty={empty}
        onAdd={() => {
          editEC2NodeClass(classId, (c) => withSelectorTermAdded(c, list));
          return undefined;
        }}
        onRemove={(index) =>
          editEC2NodeClass(classId, (c) => withSelectorTermRemoved(c, list, index))
        }
        renderRow={(term, index) => (
          <SelectorTermRow
            classId={classId}
            list={list}
            index={index}
            term={term}
            row={`${noun} ${index + 1}`}
            tagNoun={index === 0 ? tagNoun : `${noun} ${index + 1} tag`}
            problems={problems}
          />
        )}
      />
      {children}
    </Section>
  );
}

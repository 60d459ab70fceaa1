import { lazy, Suspense, type ComponentType, type JSX } from 'react';
import type { ResourceId } from '../../domain/design/types';
import { specObject } from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import { networkInterfaces } from '../../domain/karpenter/edits/networkInterfaceEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import { problemsUnder } from '../../store/problemPaths';
import { useFieldProblems } from '../../store/useFieldProblems';
import { Section } from '../fields/Section';
import type * as AdvancedFields from './advancedFields';
import type { LearnId } from '../../domain/learn/learnEntries';

interface ClassProps {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}

function lazyFields(pick: (fields: typeof AdvancedFields) => ComponentType<ClassProps>) {
  return lazy(() => import('./advancedFields').then((fields) => ({ default: pick(fields) })));
}

const KubeletFields = lazyFields((f) => f.KubeletFields);
const MetadataOptionsFields = lazyFields((f) => f.MetadataOptionsFields);
const NetworkFields = lazyFields((f) => f.NetworkFields);
const InstanceOptionsFields = lazyFields((f) => f.InstanceOptionsFields);

interface AdvancedSectionProps extends ClassProps {
  title: string;
  /** The spec fields the section edits, for the count and the problems on its title. */
  fields: readonly string[];
  /** How many of its settings are set. */
  count: number;
  Fields: ComponentType<ClassProps>;
  /** The learn entry for a section that is one field of the spec (kubelet, metadataOptions). */
  learn?: LearnId;
}

/** A section that starts closed and loads its fields the first time it is opened. */
function AdvancedSection({
  classId,
  nodeClass,
  title,
  fields,
  count,
  Fields,
  learn,
}: AdvancedSectionProps): JSX.Element {
  const spec = useFieldProblems(classId, 'spec');
  const problems = fields.flatMap((field) => problemsUnder(spec, classId, `spec.${field}`));
  return (
    <Section title={title} count={count} problems={problems} collapsed lazy learn={learn}>
      <Suspense fallback={<p className="insp-hint">Loading…</p>}>
        <Fields classId={classId} nodeClass={nodeClass} />
      </Suspense>
    </Section>
  );
}

const isSet = (value: unknown) => (value === undefined ? 0 : 1);

/** Kubelet, metadata options, network and instance options: set by few classes, so closed. */
export function AdvancedSections(props: ClassProps): JSX.Element {
  const { spec } = props.nodeClass;
  return (
    <>
      <AdvancedSection
        {...props}
        title="Kubelet"
        learn="EC2NodeClass:spec.kubelet"
        fields={['kubelet']}
        count={Object.keys(specObject(props.nodeClass, 'kubelet')).length}
        Fields={KubeletFields}
      />
      <AdvancedSection
        {...props}
        title="Metadata options"
        learn="EC2NodeClass:spec.metadataOptions"
        fields={['metadataOptions']}
        count={Object.keys(specObject(props.nodeClass, 'metadataOptions')).length}
        Fields={MetadataOptionsFields}
      />
      <AdvancedSection
        {...props}
        title="Network"
        fields={[
          'associatePublicIPAddress',
          'ipPrefixCount',
          'networkInterfaces',
          'connectionTracking',
        ]}
        count={
          isSet(spec.associatePublicIPAddress) +
          isSet(spec.ipPrefixCount) +
          networkInterfaces(props.nodeClass).length +
          Object.keys(specObject(props.nodeClass, 'connectionTracking')).length
        }
        Fields={NetworkFields}
      />
      <AdvancedSection
        {...props}
        title="Instance options"
        fields={['detailedMonitoring', 'cpuOptions', 'placementGroupSelector', 'context']}
        count={
          isSet(spec.detailedMonitoring) +
          Object.keys(specObject(props.nodeClass, 'cpuOptions')).length +
          isSet(spec.placementGroupSelector) +
          isSet(spec.context)
        }
        Fields={InstanceOptionsFields}
      />
    </>
  );
}

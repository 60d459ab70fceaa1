import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  clusterDNS,
  kubelet,
  kubeletMap,
  withClusterDNS,
  withCpuCFSQuota,
  withKubeletMapEntry,
  withKubeletNumber,
  type KubeletMap,
  type KubeletNumber,
} from '../../domain/karpenter/edits/kubeletEdits';
import { formatList, parseList } from '../../domain/lib/listEdits';
import {
  EVICTION_SIGNALS,
  RESERVED_RESOURCES,
  type EC2NodeClass,
} from '../../domain/karpenter/model/types';
import type { Problem } from '../../domain/validation/problem';
import { useFieldProblems } from '../../store/useFieldProblems';
import { BooleanField } from '../fields/BooleanField';
import { DraftInput } from '../fields/DraftInput';
import { Field } from '../fields/Field';
import { KeyTable, type KeyTableColumn } from '../fields/KeyTable';
import { LearnHint } from '../fields/LearnHint';
import { NumberField } from '../fields/NumberField';
import { messagesAt } from '../fields/problemMessages';
import { ProblemNotes } from '../fields/ProblemNotes';
import { joinMessages } from '../fields/problemText';

const PATH = 'spec.kubelet';

const RESERVED_EXAMPLES: Readonly<Record<string, string>> = {
  cpu: '100m',
  memory: '100Mi',
  'ephemeral-storage': '1Gi',
  pid: '1000',
};

const EVICTION_EXAMPLES: Readonly<Record<string, [string, string, string]>> = {
  'memory.available': ['5%', '500Mi', '1m'],
  'nodefs.available': ['10%', '15%', '1m30s'],
  'nodefs.inodesFree': ['5%', '10%', '2m'],
  'imagefs.available': ['15%', '20%', '2m'],
  'imagefs.inodesFree': ['5%', '10%', '2m'],
  'pid.available': ['10%', '15%', '1m'],
};

/** The kubelet settings Karpenter passes to every node of the class (`spec.kubelet`). */
export function KubeletFields({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const problems = useFieldProblems(classId, PATH);
  const settings = kubelet(nodeClass);
  const at = (field: string) => messagesAt(problems, `${PATH}.${field}`);

  const number = (field: KubeletNumber) => ({
    value: settings[field],
    onValue: (value: number | undefined) =>
      editEC2NodeClass(classId, (c) => withKubeletNumber(c, field, value)),
    error: at(field),
  });

  const column = (
    map: KubeletMap,
    heading: string,
    label: (key: string) => string,
    placeholder: (key: string) => string,
  ): KeyTableColumn => ({
    heading,
    label,
    values: kubeletMap(nodeClass, map),
    onChange: (key, value) =>
      editEC2NodeClass(classId, (c) => withKubeletMapEntry(c, map, key, value)),
    placeholder,
    problem: (key) => mapProblem(problems, map, key),
  });

  const dns = clusterDNS(nodeClass);
  return (
    <>
      <ProblemNotes problems={problems} path={PATH} />
      <div className="insp-pair">
        <NumberField
          label="Max pods"
          {...number('maxPods')}
          placeholder="from ENIs"
          learn="EC2NodeClass:spec.kubelet.maxPods"
        />
        <NumberField
          label="Pods per core"
          {...number('podsPerCore')}
          placeholder="none"
          learn="EC2NodeClass:spec.kubelet.podsPerCore"
        />
      </div>
      <p className="insp-hint">
        Without max pods, Karpenter uses the instance type&apos;s ENI limit; set it (e.g. 110) when
        the VPC CNI uses prefix delegation. Pods per core caps it further.
      </p>
      <div className="insp-field">
        <div className="insp-label-line">
          <span className="insp-label">Reserved resources</span>
          <LearnHint learn="EC2NodeClass:spec.kubelet.kubeReserved" />
        </div>
        <KeyTable
          caption="Resources reserved for the system and for Kubernetes"
          keyHeading="Resource"
          keys={RESERVED_RESOURCES}
          columns={[
            column(
              'systemReserved',
              'System',
              (key) => `System reserved ${key}`,
              (key) => RESERVED_EXAMPLES[key] ?? '',
            ),
            column(
              'kubeReserved',
              'Kube',
              (key) => `Kube reserved ${key}`,
              (key) => RESERVED_EXAMPLES[key] ?? '',
            ),
          ]}
        />
        <Messages problems={problems} maps={['systemReserved', 'kubeReserved']} />
        <p className="insp-hint">
          Left empty, Karpenter computes kube-reserved CPU, memory and storage with the EKS
          AMI&apos;s formula, and reserves nothing for the system.
        </p>
      </div>
      <div className="insp-field">
        <div className="insp-label-line">
          <span className="insp-label">Eviction thresholds</span>
          <LearnHint learn="EC2NodeClass:spec.kubelet.evictionHard" />
        </div>
        <KeyTable
          caption="Eviction thresholds by signal: hard, soft and the soft grace period"
          keyHeading="Signal"
          keys={EVICTION_SIGNALS}
          columns={[
            column(
              'evictionHard',
              'Hard',
              (key) => `Hard eviction threshold for ${key}`,
              (key) => EVICTION_EXAMPLES[key]?.[0] ?? '',
            ),
            column(
              'evictionSoft',
              'Soft',
              (key) => `Soft eviction threshold for ${key}`,
              (key) => EVICTION_EXAMPLES[key]?.[1] ?? '',
            ),
            column(
              'evictionSoftGracePeriod',
              'Grace',
              (key) => `Soft eviction grace period for ${key}`,
              (key) => EVICTION_EXAMPLES[key]?.[2] ?? '',
            ),
          ]}
        />
        <Messages
          problems={problems}
          maps={['evictionHard', 'evictionSoft', 'evictionSoftGracePeriod']}
        />
        <p className="insp-hint">
          A quantity or a percentage. Every soft threshold needs a grace period, and every grace
          period a soft threshold.
        </p>
      </div>
      <NumberField
        label="Eviction max pod grace period (seconds)"
        learn="EC2NodeClass:spec.kubelet.evictionMaxPodGracePeriod"
        narrow
        {...number('evictionMaxPodGracePeriod')}
        hint="The longest a pod is given to stop when a soft threshold evicts it."
      />
      <div className="insp-pair">
        <NumberField
          label="Image GC high %"
          learn="EC2NodeClass:spec.kubelet.imageGCHighThresholdPercent"
          {...number('imageGCHighThresholdPercent')}
          placeholder="85"
        />
        <NumberField
          label="Image GC low %"
          learn="EC2NodeClass:spec.kubelet.imageGCLowThresholdPercent"
          {...number('imageGCLowThresholdPercent')}
          placeholder="80"
        />
      </div>
      <p className="insp-hint">
        Image garbage collection starts at the high disk usage and frees down to the low one; high
        must be above low.
      </p>
      <BooleanField
        label="CPU CFS quota"
        learn="EC2NodeClass:spec.kubelet.cpuCFSQuota"
        value={settings.cpuCFSQuota}
        unsetLabel="(default) true"
        onChange={(value) => editEC2NodeClass(classId, (c) => withCpuCFSQuota(c, value))}
        error={at('cpuCFSQuota')}
        hint="Enforces containers' CPU limits; false lets them burst past them."
      />
      <Field
        label="Cluster DNS"
        learn="EC2NodeClass:spec.kubelet.clusterDNS"
        error={messagesAt(problems, `${PATH}.clusterDNS`).concat(
          dns.flatMap((_, i) => messagesAt(problems, `${PATH}.clusterDNS[${i}]`)),
        )}
        hint="IP addresses, comma-separated. Empty: the cluster's DNS service, which is what most clusters want."
      >
        {(control) => (
          <DraftInput
            {...control}
            className="insp-input insp-mono"
            value={formatList(dns)}
            placeholder="10.100.0.10"
            normalize={(text) => formatList(parseList(text))}
            onText={(text) => editEC2NodeClass(classId, (c) => withClusterDNS(c, parseList(text)))}
          />
        )}
      </Field>
    </>
  );
}

/** A map entry's problems: the entry's own path, or a rule about the map's keys. */
function mapProblem(
  problems: readonly Problem[],
  map: KubeletMap,
  key: string,
): string | undefined {
  return joinMessages(messagesAt(problems, `${PATH}.${map}[${key}]`));
}

/** Problems with a whole map (a key the CRD does not allow), under its table. */
function Messages({
  problems,
  maps,
}: {
  problems: readonly Problem[];
  maps: readonly KubeletMap[];
}): JSX.Element {
  return (
    <>
      {maps.flatMap((map) =>
        messagesAt(problems, `${PATH}.${map}`).map((message) => (
          <p className="insp-error" key={`${map}:${message}`}>
            {map}: {message}
          </p>
        )),
      )}
    </>
  );
}

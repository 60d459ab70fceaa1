import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  specObject,
  withSpecField,
  withSpecObjectField,
} from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import {
  networkInterfaces,
  withInterfaceAdded,
  withInterfaceRemoved,
} from '../../domain/karpenter/edits/networkInterfaceEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { BooleanField } from '../fields/BooleanField';
import { LearnHint } from '../fields/LearnHint';
import { NumberField } from '../fields/NumberField';
import { ProblemNotes } from '../fields/ProblemNotes';
import { messagesAt } from '../fields/problemMessages';
import { RowList } from '../fields/RowList';
import { NetworkInterfaceRow } from './NetworkInterfaceRow';
import type { LearnId } from '../../domain/learn/learnEntries';

type Timeout = 'tcpEstablishedTimeout' | 'udpStreamTimeout' | 'udpTimeout';

const TIMEOUTS: readonly {
  field: Timeout;
  label: string;
  range: string;
  fallback: string;
  learn: LearnId;
}[] = [
  {
    field: 'tcpEstablishedTimeout',
    label: 'TCP',
    range: '60–432000',
    fallback: '432000',
    learn: 'EC2NodeClass:spec.connectionTracking.tcpEstablishedTimeout',
  },
  {
    field: 'udpStreamTimeout',
    label: 'UDP stream',
    range: '60–180',
    fallback: '180',
    learn: 'EC2NodeClass:spec.connectionTracking.udpStreamTimeout',
  },
  {
    field: 'udpTimeout',
    label: 'UDP',
    range: '30–60',
    fallback: '30',
    learn: 'EC2NodeClass:spec.connectionTracking.udpTimeout',
  },
];

/** Public IPs, prefixes, network interfaces (EFA) and connection tracking of the nodes. */
export function NetworkFields({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const { spec } = nodeClass;
  const publicIp = useFieldProblems(classId, 'spec.associatePublicIPAddress');
  const prefixes = useFieldProblems(classId, 'spec.ipPrefixCount');
  const interfaceProblems = useFieldProblems(classId, 'spec.networkInterfaces');
  const trackingProblems = useFieldProblems(classId, 'spec.connectionTracking');
  const interfaces = networkInterfaces(nodeClass);
  const tracking = specObject(nodeClass, 'connectionTracking');

  return (
    <>
      <BooleanField
        label="Associate public IP address"
        learn="EC2NodeClass:spec.associatePublicIPAddress"
        value={spec.associatePublicIPAddress}
        unsetLabel="(not set) the subnet's setting"
        onChange={(value) =>
          editEC2NodeClass(classId, (c) => withSpecField(c, 'associatePublicIPAddress', value))
        }
        error={messagesAt(publicIp, 'spec.associatePublicIPAddress')}
        hint="false keeps nodes in public subnets private too."
      />
      <NumberField
        label="IPv4 prefixes"
        learn="EC2NodeClass:spec.ipPrefixCount"
        narrow
        value={spec.ipPrefixCount}
        onValue={(value) =>
          editEC2NodeClass(classId, (c) => withSpecField(c, 'ipPrefixCount', value))
        }
        error={messagesAt(prefixes, 'spec.ipPrefixCount')}
        hint="IPv4 /28 prefixes assigned to the primary network interface at launch."
      />
      <div className="insp-field">
        <div className="insp-label-line">
          <span className="insp-label">Network interfaces</span>
          <LearnHint learn="EC2NodeClass:spec.networkInterfaces" />
        </div>
        <ProblemNotes problems={interfaceProblems} path="spec.networkInterfaces" />
        <RowList
          items={interfaces}
          noun="network interface"
          rowClassName="insp-grid-nic"
          header={
            <div className="insp-row insp-row-header" aria-hidden="true">
              <div className="insp-row-fields insp-grid-nic">
                <span>Card</span>
                <span>Device</span>
                <span>Type</span>
              </div>
              <span className="insp-button insp-button--quiet insp-row-remove">Remove</span>
            </div>
          }
          empty="None: one primary interface per instance. Add them to attach EFA devices."
          onAdd={() => {
            editEC2NodeClass(classId, withInterfaceAdded);
            return undefined;
          }}
          onRemove={(index) => editEC2NodeClass(classId, (c) => withInterfaceRemoved(c, index))}
          renderRow={(networkInterface, index) => (
            <NetworkInterfaceRow
              classId={classId}
              index={index}
              networkInterface={networkInterface}
              problems={interfaceProblems}
            />
          )}
        />
      </div>
      <div className="insp-field">
        <div className="insp-label-line">
          <span className="insp-label">Idle connection timeouts (seconds)</span>
          <LearnHint learn="EC2NodeClass:spec.connectionTracking" />
        </div>
        <ProblemNotes problems={trackingProblems} path="spec.connectionTracking" />
        <div className="insp-trio">
          {TIMEOUTS.map(({ field, label, range, fallback, learn }) => (
            <NumberField
              key={field}
              label={label}
              labelSuffix={field === 'tcpEstablishedTimeout' ? ' established timeout' : ' timeout'}
              value={tracking[field]}
              placeholder={fallback}
              onValue={(value) =>
                editEC2NodeClass(classId, (c) =>
                  withSpecObjectField(c, 'connectionTracking', field, value),
                )
              }
              error={messagesAt(trackingProblems, `spec.connectionTracking.${field}`)}
              hint={range}
              learn={learn}
            />
          ))}
        </div>
        <p className="insp-hint">
          TCP established, UDP stream and UDP idle timeouts of the ENIs&apos; connection tracking;
          empty ones keep EC2&apos;s defaults.
        </p>
      </div>
    </>
  );
}

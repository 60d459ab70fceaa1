import { useId, type JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  mappingEbs,
  withDeviceName,
  withEbsField,
  withEbsText,
  withMappingAt,
  withRootVolume,
} from '../../domain/karpenter/edits/blockDeviceMappingEdits';
import {
  VOLUME_TYPES,
  type BlockDevice,
  type BlockDeviceMapping,
} from '../../domain/karpenter/model/types';
import type { Problem } from '../../domain/validation/problem';
import { LearnHint } from '../fields/LearnHint';
import { messagesAt } from '../fields/problemMessages';
import { joinMessages } from '../fields/problemText';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { Suggestions } from '../fields/Suggestions';
import { TextInput } from '../fields/TextInput';
import { WholeNumberInput } from '../fields/WholeNumberInput';

interface BlockDeviceMappingRowProps {
  classId: ResourceId;
  index: number;
  mapping: BlockDeviceMapping;
  problems: readonly Problem[];
}

type TextEbsField = 'volumeSize' | 'kmsKeyID' | 'snapshotID';
type NumberEbsField = 'iops' | 'throughput' | 'volumeInitializationRate';
type BooleanEbsField = 'encrypted' | 'deleteOnTermination';

const DEVICE_NAMES = ['/dev/xvda', '/dev/xvdb', '/dev/sda1', '/dev/xvdc'];

/** Which volume types take provisioned IOPS and throughput (EC2 CreateVolume). */
const IOPS_TYPES = ['gp3', 'io1', 'io2'];

/** One block device: its device name, whether it is the kubelet's root, and its EBS volume. */
export function BlockDeviceMappingRow({
  classId,
  index,
  mapping,
  problems,
}: BlockDeviceMappingRowProps): JSX.Element {
  const id = useId();
  const row = `block device ${index + 1}`;
  const at = `spec.blockDeviceMappings[${index}]`;
  const ebs = mappingEbs(mapping);
  const type = typeof ebs.volumeType === 'string' ? ebs.volumeType : '';
  const errors: { id: string; field: string; message: string | undefined }[] = [];

  const edit = (update: (m: BlockDeviceMapping) => BlockDeviceMapping) =>
    editEC2NodeClass(classId, (c) => withMappingAt(c, index, update));

  /** The problems list's messages for a field, registered for the row's error list. */
  const problem = (path: string, label: string, controlId: string) => {
    const message = joinMessages(messagesAt(problems, `${at}.${path}`));
    errors.push({ id: `${controlId}-error`, field: label, message });
    return describedByError(`${controlId}-error`, message);
  };

  const text = (field: TextEbsField, label: string, placeholder: string, className?: string) => {
    const controlId = `${id}-${field}`;
    const value = ebs[field];
    return (
      <RowCell htmlFor={controlId} label={label} row={row} className={className}>
        <TextInput
          id={controlId}
          className="insp-input insp-mono"
          value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
          placeholder={placeholder}
          onChange={(event) => {
            const next = event.target.value;
            edit((m) => withEbsText(m, field, next));
          }}
          {...problem(`ebs.${field}`, label, controlId)}
        />
      </RowCell>
    );
  };

  const number = (field: NumberEbsField, label: string, placeholder: string) => {
    const controlId = `${id}-${field}`;
    const value = ebs[field];
    return (
      <RowCell htmlFor={controlId} label={label} row={row}>
        <WholeNumberInput
          id={controlId}
          className="insp-input insp-mono"
          value={typeof value === 'number' ? value : undefined}
          placeholder={placeholder}
          onValue={(next) => edit((m) => withEbsField(m, field, next))}
          {...problem(`ebs.${field}`, label, controlId)}
        />
      </RowCell>
    );
  };

  const flag = (field: BooleanEbsField, label: string, yes: string, no: string) => {
    const controlId = `${id}-${field}`;
    const value: BlockDevice[BooleanEbsField] = ebs[field];
    return (
      <RowCell htmlFor={controlId} label={label} row={row}>
        <select
          id={controlId}
          className="insp-input"
          value={value === undefined ? '' : String(value)}
          onChange={(event) => {
            const next = event.target.value;
            edit((m) => withEbsField(m, field, next === '' ? undefined : next === 'true'));
          }}
          {...problem(`ebs.${field}`, label, controlId)}
        >
          <option value="">(default)</option>
          <option value="true">{yes}</option>
          <option value="false">{no}</option>
        </select>
      </RowCell>
    );
  };

  const deviceId = `${id}-device`;
  const typeId = `${id}-type`;
  const takesIops = type === '' || IOPS_TYPES.includes(type);
  return (
    <>
      <RowCell htmlFor={deviceId} label="Device name" row={row} className="insp-cell insp-span-2">
        <TextInput
          id={deviceId}
          className="insp-input insp-mono"
          value={typeof mapping.deviceName === 'string' ? mapping.deviceName : ''}
          list={`${deviceId}-suggested`}
          placeholder="/dev/xvda"
          onChange={(event) => {
            const next = event.target.value;
            edit((m) => withDeviceName(m, next));
          }}
          {...problem('deviceName', 'Device name', deviceId)}
        />
        <Suggestions id={`${deviceId}-suggested`} values={DEVICE_NAMES} />
      </RowCell>
      {text('volumeSize', 'Size', '100Gi')}
      <RowCell
        htmlFor={typeId}
        label="Type"
        row={row}
        learn="EC2NodeClass:spec.blockDeviceMappings[].ebs.volumeType"
      >
        <select
          id={typeId}
          className="insp-input"
          value={type}
          onChange={(event) => {
            const next = event.target.value;
            edit((m) => withEbsText(m, 'volumeType', next));
          }}
          {...problem('ebs.volumeType', 'Type', typeId)}
        >
          <option value="">(default)</option>
          {(type === '' || (VOLUME_TYPES as readonly string[]).includes(type)
            ? VOLUME_TYPES
            : [...VOLUME_TYPES, type]
          ).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </RowCell>
      {number('iops', 'IOPS', takesIops ? (type === 'gp3' ? '3000' : '') : 'n/a')}
      {number('throughput', 'Throughput', type === 'gp3' || type === '' ? '125' : 'gp3 only')}
      <div className="insp-span-all insp-flags">
        {flag('encrypted', 'Encrypted', 'yes', 'no')}
        {flag('deleteOnTermination', 'On termination', 'delete', 'keep')}
        <div className="insp-cell insp-cell--check">
          <div className="insp-label-line">
            <label className="insp-check">
              <input
                type="checkbox"
                checked={mapping.rootVolume === true}
                onChange={(event) => {
                  const root = event.target.checked;
                  edit((m) => withRootVolume(m, root));
                }}
              />
              Root volume<span className="visually-hidden"> of block device {index + 1}</span>
            </label>
            <LearnHint learn="EC2NodeClass:spec.blockDeviceMappings[].rootVolume" />
          </div>
        </div>
      </div>
      {text('kmsKeyID', 'KMS key', 'alias/ebs or a key ARN', 'insp-cell insp-span-all')}
      {text('snapshotID', 'Snapshot', 'snap-0123456789abcdef0', 'insp-cell insp-span-2')}
      {number('volumeInitializationRate', 'Init rate', '100–300')}
      <RowErrors
        errors={[
          ...errors,
          {
            id: `${id}-ebs-error`,
            field: 'EBS',
            message: joinMessages(messagesAt(problems, `${at}.ebs`)),
          },
          {
            id: `${id}-row-error`,
            field: 'Block device',
            message: joinMessages(messagesAt(problems, at)),
          },
        ]}
      />
    </>
  );
}

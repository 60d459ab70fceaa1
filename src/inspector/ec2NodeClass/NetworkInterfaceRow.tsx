import { useId, type JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  withInterfaceAt,
  withInterfaceIndex,
} from '../../domain/karpenter/edits/networkInterfaceEdits';
import { INTERFACE_TYPES, type NetworkInterface } from '../../domain/karpenter/model/types';
import type { Problem } from '../../domain/validation/problem';
import { messagesAt } from '../fields/problemMessages';
import { joinMessages } from '../fields/problemText';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { WholeNumberInput } from '../fields/WholeNumberInput';

/** One network interface: network card, device index on it, and its type. */
export function NetworkInterfaceRow({
  classId,
  index,
  networkInterface,
  problems,
}: {
  classId: ResourceId;
  index: number;
  networkInterface: NetworkInterface;
  problems: readonly Problem[];
}): JSX.Element {
  const id = useId();
  const n = index + 1;
  const at = `spec.networkInterfaces[${index}]`;
  const edit = (update: (i: NetworkInterface) => NetworkInterface) =>
    editEC2NodeClass(classId, (c) => withInterfaceAt(c, index, update));
  const message = (field: string) => joinMessages(messagesAt(problems, `${at}.${field}`));
  const type = String(networkInterface.interfaceType ?? '');
  const known: readonly string[] = INTERFACE_TYPES;
  const types = type === '' || known.includes(type) ? known : [...known, type];
  const errors = [
    { id: `${id}-card-error`, field: 'Card', message: message('networkCardIndex') },
    { id: `${id}-device-error`, field: 'Device', message: message('deviceIndex') },
    { id: `${id}-type-error`, field: 'Type', message: message('interfaceType') },
    { id: `${id}-row-error`, field: 'Interface', message: joinMessages(messagesAt(problems, at)) },
  ];
  return (
    <>
      <label className="visually-hidden" htmlFor={`${id}-card`}>
        Network card of network interface {n}
      </label>
      <WholeNumberInput
        id={`${id}-card`}
        className="insp-input insp-mono"
        value={
          typeof networkInterface.networkCardIndex === 'number'
            ? networkInterface.networkCardIndex
            : undefined
        }
        onValue={(value) => edit((i) => withInterfaceIndex(i, 'networkCardIndex', value))}
        {...describedByError(`${id}-card-error`, errors[0]?.message)}
      />
      <label className="visually-hidden" htmlFor={`${id}-device`}>
        Device index of network interface {n}
      </label>
      <WholeNumberInput
        id={`${id}-device`}
        className="insp-input insp-mono"
        value={
          typeof networkInterface.deviceIndex === 'number'
            ? networkInterface.deviceIndex
            : undefined
        }
        onValue={(value) => edit((i) => withInterfaceIndex(i, 'deviceIndex', value))}
        {...describedByError(`${id}-device-error`, errors[1]?.message)}
      />
      <label className="visually-hidden" htmlFor={`${id}-type`}>
        Type of network interface {n}
      </label>
      <select
        id={`${id}-type`}
        className="insp-input"
        value={type}
        onChange={(event) => {
          const next = event.target.value;
          edit((i) => ({ ...i, interfaceType: next }));
        }}
        {...describedByError(`${id}-type-error`, errors[2]?.message)}
      >
        {types.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
      <RowErrors errors={errors} />
    </>
  );
}

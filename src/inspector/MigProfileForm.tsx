import type { JSX } from 'react';
import { editMigProfile } from '../commands/resourceEdits';
import { gpuPatch, mixPatch, namedLayoutPatch } from '../domain/design/migProfileEdits';
import { nodePools, resourceName } from '../domain/design/resources';
import { nodeCapacity } from '../domain/mig/capacity';
import { GPU_MODELS, gpuModel, type GpuModelId } from '../domain/mig/gpuModels';
import { instanceTypesWithGpu } from '../domain/mig/gpuInstanceTypes';
import { MIG_CONFIG_LABEL } from '../domain/mig/migConfigs';
import { resolveLayout } from '../domain/mig/migLayout';
import { namedLayouts } from '../domain/mig/namedLayouts';
import { describeLayout, type MigDevices } from '../domain/mig/placement';
import { describeMigPlanUse, migPlanUse } from '../domain/scheduling/present/migPlanUse';
import { useDesignStore } from '../store/designStore';
import { selectPlan } from '../store/selectors';
import { useFieldProblems } from '../store/useFieldProblems';
import { messagesAt } from './fields/problemMessages';
import { NameList } from './fields/NameList';
import { Section } from './fields/Section';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { FormHeader } from './FormHeader';
import type { FormProps } from './formProps';
import { NameField } from './NameField';
import { MigSetupSection } from './mig/MigSetupSection';
import { MixEditor } from './mig/MixEditor';
import { ResourceProblems } from './ResourceProblems';

const CUSTOM = '__custom__';

const GPU_OPTIONS = GPU_MODELS.map((g) => ({ value: g.id, label: g.label }));
const STRATEGIES = [
  { value: 'single' as const, label: 'single: every MIG device is nvidia.com/gpu' },
  { value: 'mixed' as const, label: 'mixed: nvidia.com/mig-<profile> per profile' },
];
const APPLIERS = [
  { value: 'gpu-operator' as const, label: "GPU Operator's MIG manager" },
  { value: 'user-data' as const, label: 'EC2NodeClass userData (no operator)' },
];
const OVERLAYS = [
  { value: 'yes' as const, label: 'Export NodeOverlays with the MIG capacity' },
  { value: 'no' as const, label: 'No NodeOverlays' },
];
const TAINT = [
  { value: 'yes' as const, label: 'Taint the pool with the layout' },
  { value: 'no' as const, label: 'No taint' },
];

/** A MIG profile: the GPU partition layout the nodes of its pools get. */
export function MigProfileForm({
  resource: profile,
  design,
}: FormProps<'MigProfile'>): JSX.Element {
  const { id } = profile;
  // The MIG lints judge the fields; the form shows what they say at each.
  const configProblems = useFieldProblems(id, 'config');
  const strategyProblems = useFieldProblems(id, 'strategy');
  const attached = nodePools(design)
    .filter((pool) => pool.migProfileId === id)
    .map(resourceName)
    .sort();
  const gpu = gpuModel(profile.gpu);
  const layouts = gpu ? namedLayouts(gpu) : [];
  const resolved = resolveLayout(profile);
  const devices = resolved.ok ? resolved.devices : null;
  const layoutOptions = layouts.map((l) => ({
    value: l.config,
    label: l.devices && gpu ? `${l.config} (${describeLayout(gpu, l.devices)})` : l.config,
  }));
  const custom = profile.devices !== undefined;
  const named = !custom && layouts.some((l) => l.config === profile.config);
  const editMix = (next: MigDevices) => editMigProfile(id, mixPatch(design, profile, next));
  const chooseGpu = (next: GpuModelId) => editMigProfile(id, gpuPatch(profile, next));
  const chooseLayout = (config: string) => {
    if (config !== CUSTOM) editMigProfile(id, namedLayoutPatch(profile, config));
    else if (!custom) editMix(devices ?? {});
  };
  const types = gpu ? instanceTypesWithGpu(gpu.id) : [];
  // What the planned workloads take of the slices (the MIG lesson: NodeOverlay on, pods land).
  const plan = useDesignStore(selectPlan);
  const planUse = plan.status === 'ready' ? migPlanUse(design, plan.plan, profile) : [];
  const planned = Object.fromEntries(planUse.map((u) => [u.device, u.usedPerGpu]));

  return (
    <>
      <FormHeader kind="MigProfile" name={profile.name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField id={id} name={profile.name} learn="MigProfile:name" />
        <SelectField
          label="GPU"
          learn="MigProfile:gpu"
          value={profile.gpu}
          options={GPU_OPTIONS}
          onChange={chooseGpu}
          hint={gpu?.caveat}
        />
        <SelectField
          label="Layout"
          learn="MigProfile:config"
          value={custom ? CUSTOM : named ? profile.config : ''}
          options={[
            ...(named || custom ? [] : [{ value: '', label: 'choose a layout' }]),
            ...layoutOptions,
            { value: CUSTOM, label: 'Custom mix (build it on the slice bar)' },
          ]}
          onChange={chooseLayout}
          hint={`The GPU Operator's MIG manager applies it through the ${MIG_CONFIG_LABEL} label.`}
        />
        {named ? null : (
          <TextField
            label="MIG config name"
            learn="MigProfile:config"
            value={profile.config}
            onChange={(config) => editMigProfile(id, { config })}
            error={messagesAt(configProblems, 'config')}
            hint={
              custom
                ? 'The label value nodes get and the name of the layout in the exported mig-parted ConfigMap.'
                : "Not one of NVIDIA's layouts for this GPU: it must be in the mig-parted config the GPU Operator uses."
            }
            testId="field-mig-config"
            mono
          />
        )}
        <SelectField
          label="MIG strategy"
          learn="MigProfile:strategy"
          value={profile.strategy}
          options={STRATEGIES}
          onChange={(strategy) => editMigProfile(id, { strategy })}
          error={messagesAt(strategyProblems, 'strategy')}
        />
        <SelectField
          label="Applied by"
          learn="MigProfile:applyWith"
          value={profile.applyWith}
          options={APPLIERS}
          onChange={(applyWith) => editMigProfile(id, { applyWith })}
          hint={
            profile.applyWith === 'gpu-operator'
              ? 'Observable (nvidia.com/mig.config.state) and what NVIDIA and AWS recommend.'
              : 'No feedback when it fails; the device plugin still has to be installed.'
          }
        />
        {profile.strategy === 'mixed' ? (
          <SelectField
            label="Karpenter capacity"
            learn="MigProfile:nodeOverlay"
            value={profile.nodeOverlay ? 'yes' : 'no'}
            options={OVERLAYS}
            onChange={(v) => editMigProfile(id, { nodeOverlay: v === 'yes' })}
            hint="Karpenter does not know instance types offer nvidia.com/mig-* resources: without an overlay, pods requesting them stay pending. Needs the NodeOverlay feature gate (alpha, Karpenter ≥ 1.7)."
          />
        ) : null}
        <SelectField
          label="Taint"
          learn="MigProfile:taint"
          value={profile.taint ? 'yes' : 'no'}
          options={TAINT}
          onChange={(v) => editMigProfile(id, { taint: v === 'yes' })}
          hint="Keeps whole-GPU pods and pods of other layouts off these nodes."
        />
        <NameList
          label="Attached to"
          learn="edge:migProfile"
          names={attached}
          empty="No NodePool yet: drag from this profile to a pool."
        />
      </Section>
      <Section title="Slices" learn="MigProfile:devices">
        {gpu ? (
          <MixEditor
            gpu={gpu}
            devices={custom ? (profile.devices ?? {}) : devices}
            onChange={editMix}
            planned={planned}
          />
        ) : (
          <p className="insp-prose">Choose a GPU to see its slices.</p>
        )}
        {planUse.map((use) => (
          <p key={use.device} className="insp-prose" data-testid="mig-plan-use">
            {describeMigPlanUse(use)}
          </p>
        ))}
      </Section>
      <Section title="Per node" count={types.length} learn="MigProfile:capacity">
        {types.length === 0 ? (
          <p className="insp-prose">
            No EC2 instance type carries the {gpu?.label ?? profile.gpu}.
          </p>
        ) : (
          <table className="insp-table mig-capacity-table" data-testid="mig-capacity">
            <thead>
              <tr>
                <th>Instance type</th>
                <th>GPUs</th>
                <th>Pods can request</th>
              </tr>
            </thead>
            <tbody>
              {types.map((t) => (
                <tr key={t.name}>
                  <td>{t.name}</td>
                  <td>{t.gpus}</td>
                  <td className="mig-capacity">
                    {Object.entries(nodeCapacity(devices, t.gpus, profile.strategy)).map(
                      ([name, count]) => (
                        <div key={name}>
                          {count} × <code>{name}</code>
                        </div>
                      ),
                    )}
                    {devices && Object.keys(devices).length > 0 ? null : 'nothing (MIG off)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <MigSetupSection profile={profile} design={design} />
    </>
  );
}

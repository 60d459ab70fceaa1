import type { JSX } from 'react';
import { editMigProfile } from '../commands/resourceEdits';
import { migProfiles, nodePools, resourceName } from '../domain/design/resources';
import type { Design, MigProfileResource, MigStrategy } from '../domain/design/types';
import { nodeCapacity } from '../domain/mig/capacity';
import { GPU_MODELS, gpuModel, type GpuModelId } from '../domain/mig/gpuModels';
import { instanceTypesWithGpu } from '../domain/mig/gpuInstanceTypes';
import { MIG_CONFIG_LABEL, migConfigProblem } from '../domain/mig/migConfigs';
import { resolveLayout, strategyFor } from '../domain/mig/migLayout';
import { namedLayouts } from '../domain/mig/namedLayouts';
import { describeLayout, type MigDevices } from '../domain/mig/placement';
import { customConfigName, customConfigProblem } from '../domain/mig/customMix';
import { NameList } from './fields/NameList';
import { Section } from './fields/Section';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { FormHeader } from './FormHeader';
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
  profile,
  design,
}: {
  profile: MigProfileResource;
  design: Design;
}): JSX.Element {
  const { id } = profile;
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
  const freshCustomName = () =>
    gpu
      ? customConfigName(
          gpu,
          new Set(
            migProfiles(design)
              .filter((p) => p.id !== id)
              .map((p) => p.config),
          ),
        )
      : 'custom';
  const editMix = (next: MigDevices) => {
    // A layout that needs mixed also needs Karpenter told its capacity: on by default, as for NVIDIA's.
    const mixed =
      strategyFor(next) === 'mixed' && profile.strategy !== 'mixed'
        ? { strategy: 'mixed' as const, nodeOverlay: true }
        : {};
    editMigProfile(
      id,
      custom ? { devices: next, ...mixed } : { devices: next, config: freshCustomName(), ...mixed },
    );
  };
  const chooseGpu = (next: GpuModelId) => {
    const model = gpuModel(next);
    const keeps = model ? namedLayouts(model).some((l) => l.config === profile.config) : false;
    const config = keeps ? profile.config : 'all-enabled';
    editMigProfile(id, { gpu: next, config, devices: null });
  };
  const chooseLayout = (config: string) => {
    if (config === CUSTOM) {
      if (!custom) editMix(devices ?? {});
      return;
    }
    const layout = layouts.find((l) => l.config === config);
    const strategy: MigStrategy = strategyFor(layout?.devices ?? null);
    editMigProfile(id, {
      config,
      devices: null,
      ...(strategy === 'mixed' && profile.strategy !== 'mixed'
        ? { strategy, nodeOverlay: true }
        : {}),
    });
  };
  const types = gpu ? instanceTypesWithGpu(gpu.id) : [];

  return (
    <>
      <FormHeader kind="MigProfile" name={profile.name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField id={id} name={profile.name} />
        <SelectField
          label="GPU"
          value={profile.gpu}
          options={GPU_OPTIONS}
          onChange={chooseGpu}
          hint={gpu?.caveat}
        />
        <SelectField
          label="Layout"
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
            value={profile.config}
            onChange={(config) => editMigProfile(id, { config })}
            error={
              custom
                ? customConfigProblem(profile.config)
                : (migConfigProblem(profile.config) ?? (resolved.ok ? undefined : resolved.reason))
            }
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
          value={profile.strategy}
          options={STRATEGIES}
          onChange={(strategy) => editMigProfile(id, { strategy })}
          error={
            profile.strategy === 'single' && strategyFor(devices) === 'mixed'
              ? 'this layout has more than one profile: the single strategy cannot expose it'
              : undefined
          }
        />
        <SelectField
          label="Applied by"
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
            value={profile.nodeOverlay ? 'yes' : 'no'}
            options={OVERLAYS}
            onChange={(v) => editMigProfile(id, { nodeOverlay: v === 'yes' })}
            hint="Karpenter does not know instance types offer nvidia.com/mig-* resources: without an overlay, pods requesting them stay pending. Needs the NodeOverlay feature gate (alpha, Karpenter ≥ 1.7)."
          />
        ) : null}
        <SelectField
          label="Taint"
          value={profile.taint ? 'yes' : 'no'}
          options={TAINT}
          onChange={(v) => editMigProfile(id, { taint: v === 'yes' })}
          hint="Keeps whole-GPU pods and pods of other layouts off these nodes."
        />
        <NameList
          label="Attached to"
          names={attached}
          empty="No NodePool yet: drag from this profile to a pool."
        />
      </Section>
      <Section title="Slices">
        {gpu ? (
          <MixEditor
            gpu={gpu}
            devices={custom ? (profile.devices ?? {}) : devices}
            onChange={editMix}
          />
        ) : (
          <p className="insp-prose">Choose a GPU to see its slices.</p>
        )}
        {custom && !resolved.ok ? <p className="insp-error">{resolved.reason}</p> : null}
      </Section>
      <Section title="Per node" count={types.length}>
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

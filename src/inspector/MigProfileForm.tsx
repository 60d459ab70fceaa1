import type { JSX } from 'react';
import { editMigProfile } from '../commands/resourceEdits';
import { nodePools, resourceName } from '../domain/design/resources';
import type { Design, MigProfileResource } from '../domain/design/types';
import { DEFAULT_MIG_CONFIGS, MIG_CONFIG_LABEL, migConfigProblem } from '../domain/mig/migConfigs';
import { NameList } from './fields/NameList';
import { Section } from './fields/Section';
import { TextField } from './fields/TextField';
import { FormHeader } from './FormHeader';
import { NameField } from './NameField';
import { ResourceProblems } from './ResourceProblems';

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

  return (
    <>
      <FormHeader kind="MigProfile" name={profile.name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField id={id} name={profile.name} />
        <TextField
          label="MIG config"
          value={profile.config}
          onChange={(config) => editMigProfile(id, { config })}
          error={migConfigProblem(profile.config)}
          hint="A layout in the GPU Operator's mig-parted ConfigMap, e.g. all-1g.10gb."
          suggestions={DEFAULT_MIG_CONFIGS}
          mono
        />
        <NameList
          label="Attached to"
          names={attached}
          empty="No NodePool yet: drag from this profile to a pool."
        />
      </Section>
      <Section title="How it works">
        <p className="insp-prose">
          An attached NodePool selects this layout through the <code>{MIG_CONFIG_LABEL}</code> label
          on its nodes; the GPU Operator&apos;s MIG manager reads the label and partitions each GPU
          accordingly. Pods then request a slice as an extended resource,{' '}
          <code>nvidia.com/mig-&lt;profile&gt;</code>, e.g. <code>nvidia.com/mig-1g.10gb: 1</code>,
          and tolerate the pool&apos;s MIG taint.
        </p>
      </Section>
    </>
  );
}

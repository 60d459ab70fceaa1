import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { Design } from '../../domain/design/types';
import type { MigProfileResource } from '../../domain/mig/migProfile';
import { CLUSTER_POLICY_PATCH_COMMAND } from '../../domain/mig/clusterPolicy';
import { migSetup } from '../../domain/yaml/export/migSetup';
import { Section } from '../fields/Section';
import { Snippet } from './Snippet';

/** What to apply besides the export: a pod to try it with, and the operator or node setup. */
export function MigSetupSection({
  profile,
  design,
}: {
  profile: MigProfileResource;
  design: Design;
}): JSX.Element {
  const setup = migSetup(design, profile);
  return (
    <Section title="Cluster setup" learn="MigProfile:clusterSetup">
      {setup.samplePod ? (
        <Snippet
          title="Sample pod"
          text={setup.samplePod}
          fileName={`${profile.name}-sample-pod.yaml`}
          testId="mig-sample-pod"
        />
      ) : (
        <p className="insp-prose">This layout has no MIG instances for a pod to request.</p>
      )}
      {profile.applyWith === 'gpu-operator' ? (
        <Snippet
          title="ClusterPolicy patch"
          text={setup.clusterPolicy}
          fileName="mig-patch.yaml"
          testId="mig-cluster-policy"
        >
          <p className="insp-hint">
            Apply with <code>{CLUSTER_POLICY_PATCH_COMMAND}</code>. The strategy is one per cluster;
            a merge patch replaces lists such as <code>env</code> whole.
          </p>
        </Snippet>
      ) : setup.userData.length === 0 ? (
        <p className="insp-prose">
          Attach the profile to a pool: the userData goes into the EC2NodeClass of its pools.
        </p>
      ) : (
        setup.userData.map((u) =>
          u.result.ok ? (
            <Snippet
              key={u.classId}
              title={`userData for ${u.className} (${u.family})`}
              text={u.result.text}
              fileName={`${u.className}-mig-user-data.txt`}
              testId="mig-user-data"
            >
              {u.sharedWith.length > 0 ? (
                <p className="insp-error">
                  {u.className} also builds {u.sharedWith.join(', ')}: their GPUs would be
                  partitioned too. Give the MIG pool an EC2NodeClass of its own.
                </p>
              ) : u.empty ? (
                <button
                  type="button"
                  className="insp-button"
                  onClick={() => {
                    const text = u.result.ok ? u.result.text : '';
                    editEC2NodeClass(u.classId, (c) => ({
                      ...c,
                      spec: { ...c.spec, userData: text },
                    }));
                  }}
                >
                  Set as userData of {u.className}
                </button>
              ) : (
                <p className="insp-hint">
                  {u.className} has userData of its own: merge this into it by hand.
                </p>
              )}
            </Snippet>
          ) : (
            <p key={u.classId} className="insp-error">
              {u.className} ({u.family}): {u.result.reason}.
            </p>
          ),
        )
      )}
    </Section>
  );
}

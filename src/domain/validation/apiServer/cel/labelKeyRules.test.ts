import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { poolLabelled, poolRequiring } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';
import {
  ALLOWED_KARPENTER_K8S_AWS,
  ALLOWED_KARPENTER_SH,
  requirementKeyKarpenterK8sAws,
  requirementKeyKarpenterSh,
  templateLabelKarpenterK8sAws,
} from './labelKeyRules';

/** The quoted label list of a rule, as a set. */
const quotedLabels = (cel: string) =>
  new Set(cel.match(/"karpenter\.[^"]+\/[^"]+"/g)?.map((s) => s.slice(1, -1)));

describe('label key rules', () => {
  it('allow exactly the labels their CEL lists', () => {
    expect(quotedLabels(requirementKeyKarpenterSh.cel)).toEqual(ALLOWED_KARPENTER_SH);
    expect(quotedLabels(requirementKeyKarpenterK8sAws.cel)).toEqual(ALLOWED_KARPENTER_K8S_AWS);
    expect(quotedLabels(templateLabelKarpenterK8sAws.cel)).toEqual(ALLOWED_KARPENTER_K8S_AWS);
  });

  it('report a restricted template label at its key, saying what to do', () => {
    expect(
      validateManifest(poolLabelled({ team: 'ml', 'karpenter.sh/team': 'ml' })).map(
        problemSentence,
      ),
    ).toEqual([
      'spec.template.metadata.labels[karpenter.sh/team] is in the karpenter.sh label domain, which Karpenter reserves for the labels it sets: use your own domain (only karpenter.sh/capacity-type may be named).',
    ]);
  });

  it('treat any domain ending in karpenter.sh as Karpenter’s, as upstream’s endsWith does', () => {
    expect(
      validateManifest(poolRequiring({ key: 'notkarpenter.sh/x', operator: 'Exists' })).map(
        (p) => p.rule,
      ),
    ).toEqual(['requirement-key-karpenter-sh']);
  });

  it('let karpenter.sh/nodepool through the domain rule but not its own', () => {
    const rules = validateManifest(
      poolRequiring({ key: 'karpenter.sh/nodepool', operator: 'Exists' }),
    ).map((p) => p.rule);
    expect(rules).toEqual(['requirement-key-nodepool']);
  });

  it('allow the well-known instance labels and names in other domains', () => {
    expect(
      validateManifest(
        poolRequiring(
          { key: 'karpenter.k8s.aws/instance-gpu-count', operator: 'Gt', values: ['0'] },
          { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot'] },
          { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['p5.48xlarge'] },
        ),
      ),
    ).toEqual([]);
  });
});

import {
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/**
 * Disruption budgets as the Karpenter disruption docs combine them: no voluntary disruption in
 * business hours, drift replaced slowly, empty nodes removed freely, and a quiet nightly window.
 */
export function disruptionBudgetManifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'default',
      `
amiSelectorTerms:
  - alias: al2023@latest
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
`,
    ),
    nodePool(
      'batch',
      `
disruption:
  budgets:
    - duration: 8h
      nodes: "0"
      reasons:
        - Drifted
        - Underutilized
      schedule: 0 9 * * mon-fri
    - nodes: 20%
      reasons:
        - Empty
    - nodes: "5"
    - duration: 10m
      nodes: "0"
      schedule: "@daily"
  consolidateAfter: 5m
  consolidationPolicy: WhenEmptyOrUnderutilized
template:
  spec:
    expireAfter: 720h
${indent(nodeClassRefTo('default'), 4)}
    requirements:
      - key: karpenter.sh/capacity-type
        operator: In
        values:
          - spot
          - on-demand
    terminationGracePeriod: 48h
`,
    ),
  );
}

/**
 * Small helpers that put real-world style manifests together as YAML text. The fixtures write
 * each spec as YAML (a template literal starting at column 0); these add the head every
 * document shares and join documents the way kubectl and the designer do.
 */

/** `text` without the line break a template literal starts with, ending in one. */
export function block(text: string): string {
  const body = text.startsWith('\n') ? text.slice(1) : text;
  return body.endsWith('\n') ? body : `${body}\n`;
}

/** Every non-empty line of `text` moved right by `spaces`. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replace(/^(?=.)/gm, pad);
}

/** The documents of one file, separated by `---` lines (none before the first). */
export function documents(...texts: string[]): string {
  return texts.map(block).join('---\n');
}

/** A NodePool document in the designer's canonical form: `spec` written at column 0. */
export function nodePool(name: string, spec: string): string {
  return `apiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata:\n  name: ${name}\nspec:\n${indent(block(spec), 2)}`;
}

/** An EC2NodeClass document in the designer's canonical form: `spec` written at column 0. */
export function ec2NodeClass(name: string, spec: string): string {
  return `apiVersion: karpenter.k8s.aws/v1\nkind: EC2NodeClass\nmetadata:\n  name: ${name}\nspec:\n${indent(block(spec), 2)}`;
}

/**
 * `securityGroupSelectorTerms` and `subnetSelectorTerms` by the discovery tag of the Karpenter
 * getting-started guide, at column 0 (without a final line break, to sit inside a template).
 */
export function discoveredBy(cluster: string): string {
  return [
    'securityGroupSelectorTerms:',
    '  - tags:',
    `      karpenter.sh/discovery: ${cluster}`,
    'subnetSelectorTerms:',
    '  - tags:',
    `      karpenter.sh/discovery: ${cluster}`,
  ].join('\n');
}

/** A NodePool's `nodeClassRef` to the EC2NodeClass `name`, at column 0, without a final break. */
export function nodeClassRefTo(name: string): string {
  return [
    'nodeClassRef:',
    '  group: karpenter.k8s.aws',
    '  kind: EC2NodeClass',
    `  name: ${name}`,
  ].join('\n');
}

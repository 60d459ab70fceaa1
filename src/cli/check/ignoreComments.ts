import { isMap, isScalar, type Node } from 'yaml';
import type { ResourceNode } from './resourceNode';

/**
 * `# nodepool-designer-ignore RULE[, RULE…]`: the linter's way of silencing a finding on one
 * resource. It goes in the comment lines above the resource (a document's leading comment, or
 * the lines just above a List item) or on the line just above its `kind:`.
 */
const IGNORE =
  /nodepool-designer-ignore[ \t]+([A-Za-z0-9][\w.-]*(?:[ \t]*,?[ \t]*[A-Za-z0-9][\w.-]*)*)/g;

function commentsOf(found: ResourceNode): (string | null | undefined)[] {
  const { doc, node, item } = found;
  const comments: (string | null | undefined)[] = [node?.commentBefore];
  if (!item) comments.push(doc.commentBefore);
  if (isMap(node)) {
    const first = node.items[0]?.key as Node | undefined;
    comments.push(first?.commentBefore);
    const kind = node.items.find((p) => isScalar(p.key) && p.key.value === 'kind')?.key;
    if (isScalar(kind)) comments.push(kind.commentBefore);
  }
  return comments;
}

/** The rule ids a resource's comments silence. */
export function ignoredRules(found: ResourceNode): Set<string> {
  const rules = new Set<string>();
  for (const comment of commentsOf(found)) {
    for (const match of (comment ?? '').matchAll(IGNORE))
      for (const rule of (match[1] ?? '').split(/[\s,]+/)) if (rule) rules.add(rule);
  }
  return rules;
}

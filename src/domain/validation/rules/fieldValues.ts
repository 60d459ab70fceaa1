import type { Design, EC2NodeClassResource, NodePoolResource } from '../../design/types';
import {
  amiAliasProblem,
  roleProblem,
  selectorTagKeyProblem,
  selectorTagValueProblem,
  selectorTermsProblem,
} from '../../karpenter/ec2NodeClassFieldProblems';
import {
  labelKeyProblem,
  labelValueProblem,
  taintValueProblem,
} from '../../karpenter/labelProblems';
import {
  budgetProblems,
  consolidateAfterProblem,
  durationOrNeverProblem,
  quantityProblem,
  requirementProblems,
  weightProblem,
} from '../../karpenter/nodePoolFieldProblems';
import type { SelectorTerm } from '../../karpenter/types';
import type { Problem } from '../problem';

/**
 * The per-field checks the inspector shows at each field, gathered for the problems list so a
 * value the API server would reject is never only visible while its resource is selected.
 */
export function fieldValues(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const resource of Object.values(design.resources)) {
    if (resource.kind === 'NodePool') problems.push(...nodePoolFields(resource));
    else if (resource.kind === 'EC2NodeClass') problems.push(...ec2NodeClassFields(resource));
  }
  return problems;
}

type Report = (path: string, message: string | undefined) => void;

function reporter(problems: Problem[], resourceId: string, kind: string, name: string): Report {
  return (path, message) => {
    if (message === undefined) return;
    problems.push({
      severity: 'error',
      resourceId,
      path,
      message: `${kind} "${name}": ${path} ${message}.`,
      rule: 'field-value',
    });
  };
}

function nodePoolFields(pool: NodePoolResource): Problem[] {
  const problems: Problem[] = [];
  const { spec } = pool.manifest;
  const report = reporter(problems, pool.id, 'NodePool', pool.manifest.metadata.name);
  spec.template.spec.requirements.forEach((requirement, i) => {
    const found = requirementProblems(requirement);
    const at = `spec.template.spec.requirements[${i}]`;
    report(`${at}.key`, found.key);
    report(`${at}.values`, found.values);
    report(`${at}.minValues`, found.minValues);
  });
  for (const [key, value] of Object.entries(spec.template.metadata?.labels ?? {})) {
    report(
      `spec.template.metadata.labels[${key}]`,
      labelKeyProblem(key) ?? labelValueProblem(value),
    );
  }
  (spec.template.spec.taints ?? []).forEach((taint, i) => {
    const at = `spec.template.spec.taints[${i}]`;
    report(`${at}.key`, labelKeyProblem(taint.key));
    report(`${at}.value`, taintValueProblem(taint.value));
  });
  for (const [resource, quantity] of Object.entries(spec.limits ?? {})) {
    report(`spec.limits[${resource}]`, quantityProblem(quantity));
  }
  report('spec.weight', weightProblem(spec));
  report('spec.disruption.consolidateAfter', consolidateAfterProblem(spec.disruption));
  (spec.disruption?.budgets ?? []).forEach((budget, i) => {
    const found = budgetProblems(budget);
    const at = `spec.disruption.budgets[${i}]`;
    report(`${at}.nodes`, found.nodes);
    report(`${at}.schedule`, found.schedule);
    report(`${at}.duration`, found.duration);
  });
  report('spec.template.spec.expireAfter', durationOrNeverProblem(spec.template.spec.expireAfter));
  return problems;
}

function ec2NodeClassFields(nodeClass: EC2NodeClassResource): Problem[] {
  const problems: Problem[] = [];
  const { spec } = nodeClass.manifest;
  const report = reporter(problems, nodeClass.id, 'EC2NodeClass', nodeClass.manifest.metadata.name);
  spec.amiSelectorTerms.forEach((term, i) => {
    if (term.alias !== undefined)
      report(`spec.amiSelectorTerms[${i}].alias`, amiAliasProblem(term.alias));
  });
  report('spec.role', roleProblem(spec));
  selectorTerms(report, 'spec.subnetSelectorTerms', spec.subnetSelectorTerms);
  selectorTerms(report, 'spec.securityGroupSelectorTerms', spec.securityGroupSelectorTerms);
  return problems;
}

function selectorTerms(report: Report, path: string, terms: readonly SelectorTerm[]): void {
  report(path, selectorTermsProblem(terms));
  terms.forEach((term, i) => {
    for (const [key, value] of Object.entries(term.tags ?? {})) {
      report(
        `${path}[${i}].tags[${key}]`,
        selectorTagKeyProblem(key) ?? selectorTagValueProblem(value),
      );
    }
  });
}

import { stringify } from 'yaml';
import {
  EC2NODECLASS_API_VERSION,
  NODEPOOL_API_VERSION,
  type EC2NodeClass,
  type NodePool,
} from '../../karpenter/model/types';
import { detachMigProfile } from '../../mig/migAttachment';
import { isObject } from '../../lib/isObject';
import {
  CONTROLLER_API_VERSIONS,
  isControllerKind,
  isWorkloadManifest,
  workloadShapeProblem,
  type ControllerKind,
} from '../../kube/workloadManifest';
import { stringifyYaml } from '../parse/blankStrings';
import { withoutClusterFields } from './clusterFields';
import { convertToV1, isConvertible } from '../convert';
import type { ImportedResources } from './importedResources';
import type { ImportMessage } from '../parse/importMessages';

type Json = Record<string, unknown>;

export type Say = (severity: ImportMessage['severity'], text: string, line?: number) => void;

export interface Older {
  value: Json;
  line: number;
}

/**
 * Older Karpenter APIs become v1. They are converted together, so a kubelet moving from a
 * v1beta1 NodePool lands on the EC2NodeClass from the same import that it references.
 */
export function convertOlder(
  older: readonly Older[],
  result: ImportedResources,
  say: Say,
  source: string,
): void {
  const cleaned = older.map((o) => withoutClusterFields(o.value).manifest);
  older.forEach((o, i) => {
    const manifest = cleaned[i] ?? o.value;
    const conversion = convertToV1(manifest, { others: cleaned });
    const name =
      isObject(manifest.metadata) && typeof manifest.metadata.name === 'string'
        ? manifest.metadata.name
        : '?';
    result.conversions.push({
      from: conversion.from,
      name,
      source,
      line: o.line,
      before: stringify(manifest, { lineWidth: 0 }),
      after: conversion.converted.map((m) => stringify(m, { lineWidth: 0 })).join('---\n'),
      changes: conversion.changes,
      warnings: conversion.warnings,
    });
    for (const warning of conversion.warnings)
      say('warning', `${conversion.from} "${name}": ${warning}`, o.line);
    for (const converted of conversion.converted) {
      const replaces = result.nodeClasses.findIndex(
        (c) =>
          converted.kind === 'EC2NodeClass' &&
          isObject(converted.metadata) &&
          c.manifest.metadata.name === converted.metadata.name,
      );
      if (replaces !== -1) result.nodeClasses.splice(replaces, 1);
      takeObject(converted, o.line, result, say, () => '', undefined, true);
    }
  });
}

export function takeObject(
  value: Json,
  line: number,
  result: ImportedResources,
  say: Say,
  textOf: () => string,
  /** Where manifests of older Karpenter APIs wait to be converted together. */
  older?: Older[],
  /** A manifest that came out of a conversion: no source text, marked for the review. */
  converted = false,
): void {
  const ownText = !converted;
  const kind = typeof value.kind === 'string' ? value.kind : undefined;
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : undefined;
  if (kind === 'List' || (kind?.endsWith('List') && Array.isArray(value.items))) {
    const items = Array.isArray(value.items) ? value.items : [];
    for (const item of items) {
      if (isObject(item))
        takeObject(item, line, result, say, () => stringifyYaml(item, { lineWidth: 0 }), older);
    }
    return;
  }
  if (!kind || !apiVersion) {
    say('error', 'A document without apiVersion or kind was skipped.', line);
    return;
  }
  const name = isObject(value.metadata) ? value.metadata.name : undefined;
  const label = `${kind} "${typeof name === 'string' ? name : '?'}"`;
  const isNodePool = kind === 'NodePool' && apiVersion.startsWith('karpenter.sh/');
  const isNodeClass = kind === 'EC2NodeClass' && apiVersion.startsWith('karpenter.k8s.aws/');
  if (older && isConvertible(value)) {
    older.push({ value, line });
    return;
  }
  if (isControllerKind(kind) && !isNodePool && !isNodeClass) {
    takeWorkload(value, kind, apiVersion, label, line, result, say, ownText ? textOf : undefined);
    return;
  }
  if (!isNodePool && !isNodeClass) {
    // NodeOverlays are not designed here but belong with the pools: kept, as other kinds are.
    if (/karpenter/.test(apiVersion) && kind !== 'NodeOverlay') {
      say(
        'warning',
        `${label} (${apiVersion}) was not imported: only karpenter.sh/v1 NodePools and karpenter.k8s.aws/v1 EC2NodeClasses are designed here.`,
        line,
      );
      return;
    }
    result.others.push({
      apiVersion,
      kind,
      name: typeof name === 'string' ? name : '',
      text: textOf(),
      line,
    });
    say(
      'info',
      kind === 'NodeOverlay'
        ? `${label} (${apiVersion}) is not designed here: kept and exported untouched.`
        : `${label} (${apiVersion}) is not a Karpenter resource: kept and exported untouched.`,
      line,
    );
    return;
  }
  const expected = isNodePool ? NODEPOOL_API_VERSION : EC2NODECLASS_API_VERSION;
  if (apiVersion !== expected) {
    say(
      'warning',
      `${label} is ${apiVersion}; this version of the designer imports ${expected} only. Skipped.`,
      line,
    );
    return;
  }
  if (typeof name !== 'string' || name === '') {
    say('error', `A ${kind} without metadata.name was skipped.`, line);
    return;
  }
  const { manifest, dropped } = withoutClusterFields(value);
  if (dropped.length > 0) {
    say('info', `${label}: dropped cluster-managed ${dropped.join(', ')}.`, line);
  }
  if (isNodeClass) {
    if (!hasNodeClassShape(manifest)) {
      say(
        'error',
        `${label} lacks amiSelectorTerms, subnetSelectorTerms or securityGroupSelectorTerms; skipped.`,
        line,
      );
      return;
    }
    const nodeClass = manifest as EC2NodeClass;
    result.nodeClasses.push(
      ownText
        ? { manifest: nodeClass, source: { text: textOf(), data: value }, line }
        : { manifest: nodeClass, line, converted },
    );
    return;
  }
  if (!hasNodePoolShape(manifest)) {
    say(
      'error',
      `${label} lacks spec.template.spec with nodeClassRef and requirements; skipped.`,
      line,
    );
    return;
  }
  const pool = manifest as NodePool;
  // A MIG profile is read from well-formed requirements and taints only; any other pool is kept
  // as written, its label included, and Problems says what is wrong with it.
  const { manifest: detached, attachment } = hasMappingItems(pool)
    ? detachMigProfile(pool)
    : { manifest: pool, attachment: undefined };
  const split = attachment ? { manifest: detached, mig: attachment } : { manifest: detached };
  // The source's data is what its text says (cluster fields, MIG label and all), so export
  // patches away exactly what the designer changed or dropped.
  result.nodePools.push(
    ownText
      ? { ...split, source: { text: textOf(), data: value }, line }
      : { ...split, line, converted },
  );
}

/**
 * A Deployment, Job, DaemonSet...: kept whole as a workload node. One of another apiVersion
 * (extensions/v1beta1, batch/v1beta1) is kept as another document rather than read wrongly.
 */
function takeWorkload(
  value: Json,
  kind: ControllerKind,
  apiVersion: string,
  label: string,
  line: number,
  result: ImportedResources,
  say: Say,
  textOf: (() => string) | undefined,
): void {
  const expected = CONTROLLER_API_VERSIONS[kind];
  const name = isObject(value.metadata) ? value.metadata.name : undefined;
  const keep = (why: string) => {
    result.others.push({
      apiVersion,
      kind,
      name: typeof name === 'string' ? name : '',
      text: textOf?.() ?? stringifyYaml(value, { lineWidth: 0 }),
      line,
    });
    say('warning', `${label} ${why}: kept and exported untouched, not planned.`, line);
  };
  if (apiVersion !== expected) return keep(`is ${apiVersion}, not ${expected}`);
  if (typeof name !== 'string' || name === '') return keep('has no metadata.name');
  const owner = controllerOwner(value.metadata);
  if (owner) {
    // `kubectl get deploy,rs,pods -o yaml` lists a Deployment, its ReplicaSet and their pods:
    // planning all three would count the same pods three times.
    result.others.push({
      apiVersion,
      kind,
      name,
      text: textOf?.() ?? stringifyYaml(value, { lineWidth: 0 }),
      line,
    });
    say(
      'info',
      `${label} belongs to ${owner}: kept and exported untouched; its owner is what gets planned.`,
      line,
    );
    return;
  }
  const { manifest, dropped } = withoutClusterFields(value);
  if (!isWorkloadManifest(manifest))
    return keep(
      workloadShapeProblem({ ...manifest, kind }) ?? 'is not a workload the designer reads',
    );
  if (dropped.length > 0)
    say('info', `${label}: dropped cluster-managed ${dropped.join(', ')}.`, line);
  result.workloads.push(
    textOf ? { manifest, source: { text: textOf(), data: value }, line } : { manifest, line },
  );
}

/** "Deployment web" when a controller owns the object (its ownerReferences say so). */
function controllerOwner(metadata: unknown): string | undefined {
  if (!isObject(metadata) || !Array.isArray(metadata.ownerReferences)) return undefined;
  const owners: unknown[] = metadata.ownerReferences;
  const owner = owners.find((o) => isObject(o) && o.controller === true);
  if (!isObject(owner)) return undefined;
  return `${String(owner.kind)} "${String(owner.name)}"`;
}

function hasNodeClassShape(m: Json): boolean {
  const spec = m.spec;
  return (
    isObject(spec) &&
    Array.isArray(spec.amiSelectorTerms) &&
    Array.isArray(spec.subnetSelectorTerms) &&
    Array.isArray(spec.securityGroupSelectorTerms)
  );
}

/** Requirements (with list values) and taints that are mappings, as detaching a profile reads. */
function hasMappingItems(pool: NodePool): boolean {
  const { requirements, taints } = pool.spec.template.spec as Json;
  const requirementsOk =
    Array.isArray(requirements) &&
    requirements.every((r) => isObject(r) && (r.values === undefined || Array.isArray(r.values)));
  const taintsOk = taints === undefined || (Array.isArray(taints) && taints.every(isObject));
  return requirementsOk && taintsOk;
}

function hasNodePoolShape(m: Json): boolean {
  const spec = m.spec;
  if (!isObject(spec) || !isObject(spec.template) || !isObject(spec.template.spec)) return false;
  const t = spec.template.spec;
  return (
    isObject(t.nodeClassRef) &&
    typeof t.nodeClassRef.name === 'string' &&
    Array.isArray(t.requirements)
  );
}

/**
 * Edits of a workload's pod template, wherever its kind keeps it: the form's edits are written
 * against the pod spec and its labels, and these put them back into the manifest.
 */
import type { PodSpec } from './podSpec';
import { podTemplateOf, withPodTemplate, type WorkloadManifest } from './workloadManifest';

/** The manifest with its pod spec changed; a half-typed manifest gets a template. */
export function withPodSpec(
  manifest: WorkloadManifest,
  update: (spec: PodSpec) => PodSpec,
): WorkloadManifest {
  const template = podTemplateOf(manifest) ?? { spec: { containers: [] } };
  const spec = update(template.spec);
  if (spec === template.spec) return manifest;
  return withPodTemplate(manifest, { ...template, spec });
}

/** The labels the workload's pods carry: what its own spread and anti-affinity select. */
export function podLabelsOf(manifest: WorkloadManifest): Readonly<Record<string, string>> {
  return podTemplateOf(manifest)?.metadata?.labels ?? {};
}

/**
 * The manifest with pod labels to select, and those labels: a template without any gets
 * `app: <name>`, since a selector of no labels would select every pod in the namespace.
 */
export function withOwnPodLabels(manifest: WorkloadManifest): {
  manifest: WorkloadManifest;
  labels: Record<string, string>;
} {
  const labels = podLabelsOf(manifest);
  if (Object.keys(labels).length > 0) return { manifest, labels: { ...labels } };
  const template = podTemplateOf(manifest) ?? { spec: { containers: [] } };
  const own = { app: manifest.metadata.name };
  const metadata = { ...(template.metadata ?? {}), labels: own };
  return { manifest: withPodTemplate(manifest, { ...template, metadata }), labels: own };
}

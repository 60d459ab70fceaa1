import { editWorkload } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import type { PodSpec } from '../../domain/kube/podSpec';
import { withPodSpec } from '../../domain/kube/podSpecEdits';

/** An edit of the workload's pod spec, wherever its kind keeps the template. */
export function editPod(id: ResourceId, update: (spec: PodSpec) => PodSpec): void {
  editWorkload(id, (manifest) => withPodSpec(manifest, update));
}

import { addResource, type IdSource } from '../src/domain/design/operations';
import { connect } from '../src/domain/design/references';
import { EMPTY_DESIGN, type Design, type ResourceKind } from '../src/domain/design/types';

let counter = 0;
const ids: IdSource = (kind) => `${kind}-${counter++}`;

/** A design of `size` resources shaped like a real cluster: one class per ten pools. */
export function designOfSize(size: number): { design: Design; poolIds: string[] } {
  let design = EMPTY_DESIGN;
  const classIds: string[] = [];
  const poolIds: string[] = [];
  for (let i = 0; i < size; i++) {
    const kind: ResourceKind = i % 11 === 0 ? 'EC2NodeClass' : 'NodePool';
    const added = addResource(
      design,
      kind,
      { x: (i % 40) * 260, y: Math.floor(i / 40) * 140 },
      ids,
    );
    design = added.design;
    if (kind === 'EC2NodeClass') classIds.push(added.id);
    else {
      poolIds.push(added.id);
      const target = classIds[classIds.length - 1];
      if (target) design = connect(design, added.id, target);
    }
  }
  return { design, poolIds };
}

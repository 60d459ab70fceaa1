import { exampleDesign } from '../../src/domain/design/example';
import { references } from '../../src/domain/design/references';

/**
 * What the built-in example design puts on the canvas, read from the design itself so a change
 * to the example never breaks a journey that merely starts from it.
 */
const design = exampleDesign();
const resources = Object.values(design.resources);
const edges = references(design);

export const EXAMPLE = {
  nodes: resources.length,
  nodePools: resources.filter((r) => r.kind === 'NodePool').length,
  nodeClassRefs: edges.filter((e) => e.kind === 'nodeClassRef').length,
  migProfileRefs: edges.filter((e) => e.kind === 'migProfile').length,
};

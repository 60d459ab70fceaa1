import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateYamlDocuments } from '../../../test/support/crdOracle';
import { isValidName } from '../karpenter/model/names';
import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import { exportDesign } from './export/exportDesign';
import { ORIGIN, sequentialIds } from '../../../test/fixtures/fixtures';
import { designToManifests } from './export/manifests';
import {
  addResource,
  deleteResources,
  moveResources,
  renameResource,
  type IdSource,
} from '../design/operations';
import { connect, disconnect, references } from '../design/references';
import { EMPTY_DESIGN, type Design, type ResourceKind } from '../design/types';

/**
 * What a user can do on the canvas. Resources are picked by index into the current design, so
 * every generated step means something whatever came before it.
 */
type Step =
  | { op: 'add'; kind: ResourceKind }
  | { op: 'connect'; source: number; target: number }
  | { op: 'disconnect'; edge: number }
  | { op: 'rename'; resource: number; name: string }
  | { op: 'delete'; resource: number }
  | { op: 'move'; resource: number; x: number; y: number };

const kind = fc.constantFrom<ResourceKind>('NodePool', 'EC2NodeClass', 'MigProfile');
const index = fc.nat({ max: 20 });

/** Valid object names, biased towards ones that collide or that YAML 1.1 reads as non-strings. */
const validName = fc
  .oneof(
    fc.constantFrom('default', 'gpu', 'nodepool-1', 'ec2nodeclass-1', 'no', 'on', 'y', '0b1'),
    fc.stringMatching(/^[a-z0-9]([-a-z0-9.]{0,12}[a-z0-9])?$/),
  )
  .filter(isValidName);

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('add' as const), kind }), weight: 4 },
  {
    arbitrary: fc.record({ op: fc.constant('connect' as const), source: index, target: index }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant('disconnect' as const), edge: index }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant('rename' as const), resource: index, name: validName }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), resource: index }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('move' as const),
      resource: index,
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
    }),
    weight: 1,
  },
);

/** A few to a few dozen steps, so designs grow big enough for references to form. */
const sessions = fc.array(step, { minLength: 4, maxLength: 30, size: 'max' });

function pick<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

function apply(design: Design, s: Step, ids: IdSource): Design {
  const resourceIds = Object.keys(design.resources);
  const id = (i: number) => pick(resourceIds, i) ?? 'nothing';
  switch (s.op) {
    case 'add':
      return addResource(design, s.kind, ORIGIN, ids).design;
    case 'connect':
      return connect(design, id(s.source), id(s.target));
    case 'disconnect': {
      const edge = pick(references(design), s.edge);
      return edge ? disconnect(design, edge) : design;
    }
    case 'rename':
      return renameResource(design, id(s.resource), s.name);
    case 'delete':
      return deleteResources(design, [id(s.resource)]);
    case 'move':
      return moveResources(design, { [id(s.resource)]: { x: s.x, y: s.y } });
  }
}

function run(steps: readonly Step[]): Design {
  const ids = sequentialIds();
  return steps.reduce((design, s) => apply(design, s, ids), EMPTY_DESIGN);
}

const EMPTY_CLASS_NAME_ERROR =
  "spec.template.spec.nodeClassRef.name: name may not be empty (rule: self != '')";

describe('any sequence of canvas operations', () => {
  it('never throws and never draws an edge to a missing resource', () => {
    fc.assert(
      fc.property(sessions, (steps) => {
        const ids = sequentialIds();
        let design = EMPTY_DESIGN;
        for (const s of steps) {
          design = apply(design, s, ids);
          for (const edge of references(design)) {
            expect(Object.hasOwn(design.resources, edge.source)).toBe(true);
            expect(Object.hasOwn(design.resources, edge.target)).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('exports documents the CRDs accept, except a pool with an empty nodeClassRef name', () => {
    fc.assert(
      fc.property(sessions, (steps) => {
        const design = run(steps);
        const entries = designToManifests(design);
        const results = validateYamlDocuments(exportDesign(design).text);
        expect(results).toHaveLength(entries.length);
        entries.forEach(({ manifest }, i) => {
          const result = results[i];
          // A dangling class name still passes the API server; only an empty one is refused.
          const emptyClassName = manifest.kind === 'NodePool' && nodeClassName(manifest) === '';
          if (emptyClassName)
            expect(result).toEqual({ valid: false, errors: [EMPTY_CLASS_NAME_ERROR] });
          else expect(result).toEqual({ valid: true, errors: [] });
        });
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every reference pointing at a resource of the right kind and name', () => {
    fc.assert(
      fc.property(sessions, (steps) => {
        const design = run(steps);
        for (const edge of references(design)) {
          const source = design.resources[edge.source];
          const target = design.resources[edge.target];
          if (edge.kind === 'nodeClassRef') {
            expect(source?.kind).toBe('NodePool');
            expect(target?.kind).toBe('EC2NodeClass');
            if (source?.kind === 'NodePool' && target?.kind === 'EC2NodeClass') {
              expect(nodeClassName(source.manifest)).toBe(target.manifest.metadata.name);
            }
          } else {
            expect(source?.kind).toBe('MigProfile');
            expect(target?.kind === 'NodePool' && target.migProfileId).toBe(edge.source);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import { resourceName } from '../design/resources';
import { EMPTY_DESIGN, type Design, type Resource } from '../design/types';
import {
  designOf,
  migProfile,
  nodeClass,
  nodePool,
  prototypeIdDesign,
} from '../../../test/fixtures/fixtures';
import { CARD_WIDTH, designSvg, PICTURE_PADDING } from './designSvg';
import { escapeXml, isolate } from './svgText';
import { xmlProblem } from '../../../test/picture/wellFormedXml';

function at<R extends Resource>(resource: R, x: number, y: number): R {
  return { ...resource, position: { x, y } };
}

function named<R extends Resource>(resource: R, name: string): R {
  if (resource.kind === 'MigProfile') return { ...resource, name };
  return {
    ...resource,
    manifest: { ...resource.manifest, metadata: { ...resource.manifest.metadata, name } },
  };
}

function moved(design: Design, dx: number, dy: number): Design {
  return designOf(
    ...Object.values(design.resources).map((r) => at(r, r.position.x + dx, r.position.y + dy)),
  );
}

const light = (design: Design) => designSvg(design, { theme: 'light' });

/** Text content of every <text> element. */
function texts(svg: string): string[] {
  return svg
    .split('<text')
    .slice(1)
    .map((part) => part.slice(part.indexOf('>') + 1, part.indexOf('</text>')));
}

function titles(svg: string): string[] {
  return svg
    .split('<title')
    .slice(1)
    .map((part) => part.slice(part.indexOf('>') + 1, part.indexOf('</title>')));
}

function edgeCount(svg: string, kind: string): number {
  return svg.split(`class="edge edge--${kind}"`).length - 1;
}

/** Any code point, lone surrogates and control characters included, markup characters often. */
const anyName = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }),
      fc.constantFrom(...[...'<>&"\'/;#'].map((c) => c.codePointAt(0) ?? 0)),
    ),
    { maxLength: 80 },
  )
  .map((codePoints) => String.fromCodePoint(...codePoints));

describe('designSvg', () => {
  it('shows every resource of the example design by name', () => {
    const design = exampleDesign();
    const { svg } = light(design);
    for (const resource of Object.values(design.resources)) {
      expect(texts(svg)).toContain(escapeXml(isolate(resourceName(resource))));
    }
  });

  it('shows each card’s kind and the facts its canvas node shows', () => {
    const { svg } = light(exampleDesign());
    const lines = texts(svg);
    expect(lines).toEqual(expect.arrayContaining(['NodePool', 'EC2NodeClass', 'MIG profile']));
    expect(lines).toEqual(
      expect.arrayContaining(['capacity: spot', 'arch: amd64', 'weight 50', 'ami: al2023@latest']),
    );
  });

  it('titles the picture with how many NodePools and EC2NodeClasses it shows', () => {
    const { svg } = light(exampleDesign());
    expect(titles(svg)[0]).toBe(
      'NodePool Designer — 4 NodePools · 2 EC2NodeClasses · 1 MIG profile',
    );
    expect(titles(light(designOf(nodePool('web'), nodeClass('default'))).svg)[0]).toBe(
      'NodePool Designer — 1 NodePool · 1 EC2NodeClass',
    );
  });

  it('declares the SVG namespace, its size and a matching viewBox', () => {
    const { svg, width, height } = light(exampleDesign());
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
  });

  it('draws natively: no foreignObject, no stylesheet, no image, no web font', () => {
    const { svg } = light(exampleDesign());
    for (const tag of ['<foreignObject', '<style', '<image', '@font-face', '<script']) {
      expect(svg).not.toContain(tag);
    }
  });

  it('writes no text smaller than 12 px', () => {
    const sizes = light(exampleDesign())
      .svg.split('font-size="')
      .slice(1)
      .map((part) => Number(part.slice(0, part.indexOf('"'))));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('escapes a hostile name so no markup gets through', () => {
    const hostile = '<script>alert(1)</script>';
    const { svg } = light(designOf(named(nodePool('x'), hostile)));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xmlProblem(svg)).toBeUndefined();
  });

  it('writes & in a name as &amp;, and quotes as references', () => {
    const { svg } = light(designOf(named(migProfile('m'), `R&D "gpu" 'pool'`)));
    expect(svg).toContain('R&amp;D &quot;gpu&quot; &#39;pool&#39;');
    expect(svg).not.toContain('R&D');
  });

  it('is well-formed XML for the example design, in both themes', () => {
    expect(xmlProblem(light(exampleDesign()).svg)).toBeUndefined();
    expect(xmlProblem(designSvg(exampleDesign(), { theme: 'dark' }).svg)).toBeUndefined();
  });

  it('stays well-formed XML whatever the names are, control characters included', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        const design = designOf(
          named(nodePool('p', b), a),
          named(nodeClass('c'), b),
          named(migProfile('m'), a),
        );
        expect(xmlProblem(light(design).svg)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('crops to the cards’ extent plus padding', () => {
    const design = designOf(at(nodePool('a'), 0, 0), at(nodeClass('default'), 500, 300));
    const sizes = {
      'np-a': { width: 200, height: 100 },
      'nc-default': { width: 220, height: 120 },
    };
    const picture = designSvg(design, { theme: 'light', sizes });
    expect(picture.width).toBe(720 + 2 * PICTURE_PADDING);
    expect(picture.height).toBe(420 + 2 * PICTURE_PADDING);
  });

  it('keeps its size when every resource moves by 1000 px', () => {
    const design = exampleDesign();
    const before = light(design);
    const after = light(moved(design, 1000, 1000));
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(after.svg).toBe(before.svg);
  });

  it('sizes cards from their text when the canvas measured none', () => {
    const { width } = light(designOf(at(nodePool('a'), 0, 0), at(nodePool('b'), 300, 0)));
    expect(width).toBe(300 + CARD_WIDTH + 2 * PICTURE_PADDING);
  });

  it('grows a measured card rather than clip its text', () => {
    const design = designOf(nodePool('a'));
    const tiny = designSvg(design, {
      theme: 'light',
      sizes: { 'np-a': { width: 240, height: 10 } },
    });
    expect(tiny.width).toBe(240 + 2 * PICTURE_PADDING);
    expect(tiny.height).toBe(light(design).height);
  });

  it('uses a different background in light and dark', () => {
    const background = (svg: string) => svg.split('<rect')[1]?.split('fill="')[1]?.split('"')[0];
    const lightBackground = background(light(exampleDesign()).svg);
    const darkBackground = background(designSvg(exampleDesign(), { theme: 'dark' }).svg);
    expect(lightBackground).toMatch(/^#[0-9a-f]{6}$/);
    expect(darkBackground).toMatch(/^#[0-9a-f]{6}$/);
    expect(darkBackground).not.toBe(lightBackground);
  });

  it('draws one edge per nodeClassRef that resolves and none for a dangling one', () => {
    const design = designOf(
      nodeClass('gpu'),
      nodePool('spot', 'gpu'),
      nodePool('ondemand', 'gpu'),
      nodePool('orphan', 'no-such-class'),
    );
    expect(edgeCount(light(design).svg, 'nodeClassRef')).toBe(2);
  });

  it('draws the example’s MIG attachment as one dashed edge', () => {
    const { svg } = light(exampleDesign());
    expect(edgeCount(svg, 'nodeClassRef')).toBe(4);
    expect(edgeCount(svg, 'migProfile')).toBe(1);
    const mig = svg.split('class="edge edge--migProfile"')[1]?.split('/>')[0];
    expect(mig).toContain('stroke-dasharray');
  });

  it('keeps an edge that loops back to a card on its left inside the picture', () => {
    const design = designOf(at(nodeClass('default'), 0, 0), at(nodePool('a'), 0, 200));
    const { svg, width } = light(design);
    const d = svg.split('class="edge edge--nodeClassRef" d="')[1]?.split('"')[0] ?? '';
    const [x0, , x1, , x2, , x3] = d.replace(/[MC]/g, ' ').trim().split(/\s+/).map(Number);
    const xs = Array.from({ length: 33 }, (_, i) => {
      const t = i / 32;
      const u = 1 - t;
      return u ** 3 * x0! + 3 * u * u * t * x1! + 3 * u * t * t * x2! + t ** 3 * x3!;
    });
    expect(Math.max(...xs)).toBeLessThanOrEqual(width);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(width).toBeGreaterThan(CARD_WIDTH + 2 * PICTURE_PADDING);
  });

  it('replaces characters XML cannot carry instead of writing them', () => {
    const { svg } = light(designOf(named(nodePool('p'), 'bell\u0007 and half \ud800 a pair')));
    expect(svg).toContain('bell\ufffd and half \ufffd a pair');
    expect(xmlProblem(svg)).toBeUndefined();
  });

  it('truncates a very long name with an ellipsis and keeps it whole in a <title>', () => {
    const long = `gpu-inference-${'x'.repeat(80)}-spot`;
    const { svg } = light(designOf(named(nodePool('p'), long)));
    const shown = texts(svg).find((t) => t.startsWith('\u2068gpu-inference-'));
    expect(shown).toMatch(/…\u2069$/);
    expect(shown?.length).toBeLessThan(long.length);
    expect(titles(svg)).toContain(`NodePool ${isolate(long)}`);
  });

  it('isolates a name with a right-to-left override so it cannot reorder the text around it', () => {
    const name = 'report\u202Etxt.exe';
    const { svg } = light(designOf(named(nodePool('p'), name)));
    expect(texts(svg)).toContain('\u2068report\u202Etxt.exe\u2069');
    expect(titles(svg)).toContain('NodePool \u2068report\u202Etxt.exe\u2069');
    expect(svg.split('\u202E').length - 1).toBe(2);
    expect(xmlProblem(svg)).toBeUndefined();
  });

  it('draws cards whose ids are Object.prototype names, measured or not, with no NaN', () => {
    const design = prototypeIdDesign();
    const { svg, width, height } = designSvg(design, {
      theme: 'light',
      sizes: { constructor: { width: 220, height: 100 } },
    });
    expect(svg).not.toContain('NaN');
    expect(Number.isFinite(width) && Number.isFinite(height)).toBe(true);
    expect(svg.split('<g>').length - 1).toBe(Object.keys(design.resources).length);
  });

  it('draws an empty design as a small picture saying so', () => {
    const { svg, width, height } = light(EMPTY_DESIGN);
    expect(texts(svg)).toContain('Empty design');
    expect(width).toBeLessThanOrEqual(300);
    expect(height).toBeLessThanOrEqual(120);
    expect(xmlProblem(svg)).toBeUndefined();
  });
});

import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bombFragment } from '../../../test/support/deflateBomb';
import { exampleDesign } from '../design/example';
import { designArbitrary } from '../../../test/yaml/designArbitrary';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_CHARS } from './shareLink';

function payloadOf(json: string): string {
  const bytes = deflateSync(strToU8(json));
  return `design=${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
}

describe('share links', () => {
  it('carry the example design whole, layout included, in a short fragment', () => {
    const encoded = encodeShareFragment(exampleDesign());
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(encoded.fragment.length).toBeLessThan(4000);
    expect(encoded.fragment).toMatch(/^design=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(encoded.fragment)).toEqual({
      ok: true,
      design: exampleDesign(),
      dropped: [],
    });
  });

  it('round-trip random designs', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const encoded = encodeShareFragment(design);
        if (!encoded.ok) return;
        const decoded = decodeShareFragment(encoded.fragment);
        expect(decoded).toMatchObject({ ok: true, dropped: [] });
        if (decoded.ok) expect(decoded.design).toEqual(design);
      }),
      { numRuns: 50 },
    );
  });

  it('refuse a design too large for a link, saying so', () => {
    const big = exampleDesign();
    const resources = { ...big.resources };
    // Random names do not compress: a few thousand pools with them pass the limit.
    for (let i = 0; i < 3000; i++) {
      const pool = resources['np-general'];
      if (pool?.kind !== 'NodePool') throw new Error('no pool');
      const name = `p-${((i * 2654435761) >>> 0).toString(36)}-${i}`;
      resources[name] = { ...pool, id: name, manifest: { ...pool.manifest, metadata: { name } } };
    }
    const encoded = encodeShareFragment({ ...big, resources });
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) {
      expect(encoded.length).toBeGreaterThan(MAX_SHARE_CHARS);
      expect(encoded.reason).toContain('project file');
    }
  });

  it.each([
    ['', 'carries no design'],
    ['something=else', 'carries no design'],
    ['design=', 'damaged'],
    ['design=<script>alert(1)</script>', 'damaged'],
    ['design=AAAA', 'damaged'],
    [payloadOf('not json'), 'not a design'],
    [payloadOf('[]'), 'does not contain a design'],
    [payloadOf('{"version":"x","design":{}}'), 'format'],
    [payloadOf('{"version":99,"design":{"resources":{}}}'), 'newer version'],
    [payloadOf('{"version":2,"design":{"resources":"nope"}}'), 'does not contain a design'],
  ])('fail cleanly for %j', (fragment, reason) => {
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toContain(reason);
  });

  it('refuse a link that unpacks to far more than a design (a zip bomb)', () => {
    const bomb = payloadOf(
      `{"version":2,"design":{"resources":{},"x":"${'a'.repeat(20_000_000)}"}}`,
    );
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS * 2);
    expect(decodeShareFragment(bomb)).toEqual({
      ok: false,
      reason: 'it unpacks to more than any design needs',
    });
  });

  it('refuse a gigabyte of zeros in a 1.4 MB link, unpacking no more than the cap', () => {
    const bomb = bombFragment(1024);
    expect(decodeShareFragment(bomb)).toEqual({
      ok: false,
      reason: 'it unpacks to more than any design needs',
    });
    // a design's JSON followed by a gigabyte of blanks would parse, were it ever unpacked
    const padded = bombFragment(1024, {
      fill: 0x20,
      head: '{"version":2,"design":{"resources":{}}}',
    });
    expect(decodeShareFragment(padded)).toMatchObject({ ok: false, reason: /unpacks to more/ });
  });

  it('keep hostile names as data', () => {
    const design = exampleDesign();
    const profile = design.resources['mig-h100-1g'];
    if (profile?.kind !== 'MigProfile') throw new Error('no profile');
    const hostile = {
      ...design,
      resources: {
        ...design.resources,
        [profile.id]: { ...profile, name: '<img src=x onerror=alert(1)>' },
      },
    };
    const encoded = encodeShareFragment(hostile);
    if (!encoded.ok) throw new Error(encoded.reason);
    const decoded = decodeShareFragment(encoded.fragment);
    expect(decoded.ok && decoded.design.resources[profile.id]).toMatchObject({
      name: '<img src=x onerror=alert(1)>',
    });
  });
});

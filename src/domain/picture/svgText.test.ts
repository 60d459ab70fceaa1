import { describe, expect, it } from 'vitest';
import { escapeXml, fitText, textWidth } from './svgText';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('keeps characters outside the BMP whole', () => {
    expect(escapeXml('gpu-🚀-pool')).toBe('gpu-🚀-pool');
  });
});

describe('fitText', () => {
  it('leaves text that fits alone', () => {
    expect(fitText('gpu-spot', 176, 14, 'bold')).toBe('gpu-spot');
  });

  it('cuts text that does not fit and ends it with an ellipsis, within the width', () => {
    const fitted = fitText('x'.repeat(100), 176, 14, 'bold');
    expect(fitted).toMatch(/^x+…$/);
    expect(textWidth(fitted, 14, 'bold')).toBeLessThanOrEqual(176);
  });

  it('never cuts an emoji in half', () => {
    const fitted = fitText('🚀'.repeat(40), 100, 12, 'mono');
    expect([...fitted.slice(0, -1)].every((c) => c === '🚀')).toBe(true);
  });
});

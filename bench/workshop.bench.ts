import { bench, describe } from 'vitest';
import { exampleDesign } from '../src/domain/design/example';
import { designSvg } from '../src/domain/picture/designSvg';
import { encodeShareFragment, decodeShareFragment } from '../src/domain/share/shareLink';
import { projectFileText, readProjectFile } from '../src/domain/share/projectFile';
import { TEMPLATES } from '../src/domain/templates/templates';
import { searchLearn } from '../src/domain/learn/learnEntries';
import { bombFragment } from '../test/support/deflateBomb';
import { designOfSize } from './designs';

/**
 * Workshops and sharing (issue 6). The start screen builds and draws all nine templates when it
 * opens; a picture is drawn on every theme switch in its dialog; a project file of a large
 * design is read on open; a hostile link must be refused fast; the learn panel filters on every
 * keystroke.
 */
describe('workshop', () => {
  const large = designOfSize(1000).design;
  const largeFile = projectFileText(large, 'large');
  const link = encodeShareFragment(exampleDesign());
  if (!link.ok) throw new Error(link.reason);
  const bomb = bombFragment(1024);

  bench('start screen: build and draw the nine template thumbnails', () => {
    for (const template of TEMPLATES) designSvg(template.build(), { theme: 'light' });
  });

  bench('picture: SVG of the example design', () => {
    designSvg(exampleDesign(), { theme: 'dark' });
  });

  bench('picture: SVG of 1,000 resources', () => {
    designSvg(large, { theme: 'light' });
  });

  bench('project file: write 1,000 resources', () => {
    projectFileText(large, 'large');
  });

  bench(`project file: read 1,000 resources (${(largeFile.length / 1024).toFixed(0)} KB)`, () => {
    readProjectFile(largeFile);
  });

  bench('share link: encode + decode the example', () => {
    const encoded = encodeShareFragment(exampleDesign());
    if (encoded.ok) decodeShareFragment(encoded.fragment);
  });

  bench(
    `share link: refuse a 1 GB deflate bomb (${(bomb.length / 1024 / 1024).toFixed(1)} MB link)`,
    () => {
      if (decodeShareFragment(bomb).ok) throw new Error('the bomb was opened');
    },
  );

  bench('learn panel: search "taint"', () => {
    searchLearn('taint');
  });
});

import { decodeShareFragment, encodeShareFragment, SHARE_KEY } from '../domain/share/shareLink';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';
import { downloadProjectFile } from './projectFile';

/** The URL that reopens the design: this page, with the design in the fragment. */
export function shareUrl(fragment: string): string {
  return `${location.origin}${location.pathname}#${fragment}`;
}

/**
 * Copies a link that carries the whole design. The fragment never leaves the browser that
 * opens it, so nothing is uploaded anywhere.
 */
export const shareLink: Command = {
  id: 'share-link',
  label: 'Share link',
  run: async () => {
    const { design, notify, openDialog } = useDesignStore.getState();
    const encoded = encodeShareFragment(design);
    if (!encoded.ok) {
      openDialog({
        kind: 'confirm',
        title: 'Too large for a link',
        body: `This design cannot be shared by link: ${encoded.reason}`,
        confirmLabel: 'Download project file',
        onConfirm: downloadProjectFile,
      });
      return;
    }
    try {
      await navigator.clipboard.writeText(shareUrl(encoded.fragment));
      notify({
        tone: 'info',
        text: 'Copied a link to this design. It opens read-only; the design travels in the link, not through any server.',
      });
    } catch {
      notify({
        tone: 'error',
        text: 'The browser refused clipboard access: the link is in the address bar now, copy it from there.',
      });
      history.replaceState(null, '', `#${encoded.fragment}`);
    }
  },
};

/** Opens the design a link carries, read-only; a damaged link says why and shows the user's own. */
export function openSharedFromLocation(): void {
  const hash = location.hash.replace(/^#/, '');
  if (!hash.startsWith(`${SHARE_KEY}=`)) return;
  const { openShared, notify } = useDesignStore.getState();
  const decoded = decodeShareFragment(hash);
  if (!decoded.ok) {
    notify({
      tone: 'error',
      text: `This shared link could not be opened: ${decoded.reason}. Your own design is shown instead.`,
    });
    history.replaceState(null, '', location.pathname + location.search);
    return;
  }
  openShared(decoded.design);
  if (decoded.dropped.length > 0) {
    notify({
      tone: 'error',
      text: `${decoded.dropped.length} resource(s) in the link could not be read and were left out: ${decoded.dropped.join('; ')}.`,
    });
  }
}

import { decodeShareFragment, encodeShareFragment, SHARE_KEY } from '../domain/share/shareLink';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';
import { downloadProjectFile } from './projectFile';

/**
 * Copies a link that carries the whole design. The fragment never leaves the browser that
 * opens it, so nothing is uploaded anywhere.
 */
export const shareLink: Command<void, Promise<void>> = {
  id: 'share-link',
  label: 'Share link',
  editsDesign: false,
  run: async ({ platform }) => {
    const { design, notify, openDialog } = useDesignStore.getState();
    const encoded = encodeShareFragment(design);
    if (!encoded.ok) {
      openDialog({
        kind: 'confirm',
        title: 'Too large for a link',
        body: `This design cannot be shared by link: ${encoded.reason}`,
        confirmLabel: 'Download project file',
        onConfirm: () => downloadProjectFile(platform),
      });
      return;
    }
    try {
      await platform.copyText(platform.pageUrl(encoded.fragment));
      notify({
        tone: 'info',
        text: 'Copied a link to this design. It opens read-only; the design travels in the link, not through any server.',
      });
    } catch {
      notify({
        tone: 'error',
        text: 'The browser refused clipboard access: the link is in the address bar now, copy it from there.',
      });
      platform.replaceFragment(encoded.fragment);
    }
  },
};

/** Opens the design a link carries, read-only; a damaged link says why and shows the user's own. */
export const openSharedLink: Command = {
  id: 'open-shared-link',
  label: 'Open shared link',
  editsDesign: false,
  run: ({ platform }) => {
    const hash = platform.fragment();
    if (!hash.startsWith(`${SHARE_KEY}=`)) return;
    const { openShared, notify } = useDesignStore.getState();
    const decoded = decodeShareFragment(hash);
    if (!decoded.ok) {
      notify({
        tone: 'error',
        text: `This shared link could not be opened: ${decoded.reason}. Your own design is shown instead.`,
      });
      platform.replaceFragment(undefined);
      return;
    }
    openShared(decoded.design);
    if (decoded.dropped.length > 0) {
      notify({
        tone: 'error',
        text: `${decoded.dropped.length} resource(s) in the link could not be read and were left out: ${decoded.dropped.join('; ')}.`,
      });
    }
  },
};

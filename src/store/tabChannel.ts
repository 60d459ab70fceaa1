/** A change to one stored entry, by this tab or another; `null` when the entry was removed. */
export interface EntryChange {
  key: string;
  value: string | null;
}

/**
 * Tells the other tabs of this browser what this one stored: IndexedDB has no `storage` event,
 * so tabs showing one design keep in step through a BroadcastChannel of their own.
 */
export interface TabChannel {
  post: (change: EntryChange) => void;
  listen: (listener: (change: EntryChange) => void) => () => void;
}

const CHANNEL = 'nodepool-designer:storage';

const isChange = (data: unknown): data is EntryChange =>
  typeof data === 'object' &&
  data !== null &&
  'key' in data &&
  typeof data.key === 'string' &&
  'value' in data &&
  (typeof data.value === 'string' || data.value === null);

export function broadcastChannel(): TabChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { post: () => undefined, listen: () => () => undefined };
  }
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post: (change) => channel.postMessage(change),
    listen: (listener) => {
      const heard = ({ data }: MessageEvent) => {
        if (isChange(data)) listener(data);
      };
      channel.addEventListener('message', heard);
      return () => channel.removeEventListener('message', heard);
    },
  };
}

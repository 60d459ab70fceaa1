import { registerSW } from 'virtual:pwa-register';
import { useDesignStore } from '../store/designStore';

/**
 * Registers the service worker that keeps the app for offline use. The first visit says when
 * it is ready (a workshop attendee can then trust the Wi-Fi less); a new version waits for the
 * next start rather than reloading under someone's hands.
 */
export function keepForOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    immediate: true,
    onOfflineReady: () =>
      useDesignStore.getState().notify({
        tone: 'info',
        text: 'NodePool Designer is now kept in this browser: it opens without a network from here on.',
      }),
    onNeedRefresh: () =>
      useDesignStore.getState().notify({
        tone: 'info',
        text: 'A new version of NodePool Designer has been downloaded; it starts the next time you open the app.',
      }),
    // Blocked (private windows, tests, file://): the app works as before, only not offline.
    onRegisterError: () => undefined,
  });
}

/** Whether shortcuts use Cmd (macOS, iOS) rather than Ctrl: for matching keys and for labels. */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

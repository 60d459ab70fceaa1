/** Leaving the shared view drops the fragment, so a reload shows the user's own design. */
export function forgetSharedLocation(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

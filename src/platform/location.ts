/** The URL that reopens what `fragment` carries: this page, with it after the `#`. */
export function pageUrl(fragment: string): string {
  return `${location.origin}${location.pathname}#${fragment}`;
}

export function fragment(): string {
  return location.hash.replace(/^#/, '');
}

/** Without a history entry, so Back does not walk through shared links. */
export function replaceFragment(next: string | undefined): void {
  if (next !== undefined) history.replaceState(null, '', `#${next}`);
  else if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

export function reloadPage(): void {
  location.reload();
}

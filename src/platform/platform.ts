/**
 * The browser's edges, as commands see them. Commands get one through their context, so they
 * run in Node unit tests against a fake (test/support/fakePlatform.ts).
 */
export interface Platform {
  /** Saves text (or ready-made binary, such as a PNG) as a file. */
  download: (content: string | Blob, fileName: string, type?: string) => void;
  /** Rejects when the browser refuses clipboard access. */
  copyText: (text: string) => Promise<void>;
  /** Takes the PNG as a promise: Safari drops the clipboard permission across an await. */
  copyPng: (png: Promise<Blob>) => Promise<void>;
  /** This page's address with `fragment` after the `#`. */
  pageUrl: (fragment: string) => string;
  /** The address's fragment, without the `#`. */
  fragment: () => string;
  /** Replaces the fragment without a history entry; `undefined` drops it. */
  replaceFragment: (fragment: string | undefined) => void;
  /** Loads the page again, from the design kept in storage. */
  reload: () => void;
  /** Asks the user for files (one, or several); `onPick` is not called when they cancel. */
  pickFiles: (accept: string, onPick: (files: File[]) => void, multiple?: boolean) => void;
  /** Draws an SVG into a PNG of `size` pixels on `background`. */
  renderPng: (
    svg: string,
    size: { width: number; height: number },
    background: string,
  ) => Promise<Blob>;
}

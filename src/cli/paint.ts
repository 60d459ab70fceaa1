/** Colours for a terminal that shows them (SGR codes); the text unchanged otherwise. */
export interface Paint {
  red: (text: string) => string;
  green: (text: string) => string;
  yellow: (text: string) => string;
  cyan: (text: string) => string;
  bold: (text: string) => string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

export function paint(color: boolean): Paint {
  if (!color) return { red: plain, green: plain, yellow: plain, cyan: plain, bold: plain };
  return {
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
  };
}

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

export function copyPng(png: Promise<Blob>): Promise<void> {
  return navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** Downloads text (or ready-made binary, such as a PNG) as a file. */
export function downloadText(
  content: string | Blob,
  fileName: string,
  type = 'application/yaml',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

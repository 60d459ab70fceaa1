/** A file picker made on demand, so a shortcut can open it wherever focus is. */
export function pickFiles(accept: string, onPick: (files: File[]) => void, multiple = false): void {
  // In the document while the picker is open: a detached input's picker is not shown
  // reliably (Safari, and Chromium now and then), and its change event can be lost.
  const input = document.createElement('input');
  input.type = 'file';
  input.hidden = true;
  input.accept = accept;
  input.multiple = multiple;
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.remove();
    if (files.length > 0) onPick(files);
  });
  input.addEventListener('cancel', () => input.remove());
  document.body.append(input);
  input.click();
}

/**
 * A problem's JSON path, e.g. `spec.template.spec.requirements[0].values` or
 * `spec.limits[nvidia.com/gpu]`, as the keys and indexes that lead to the value. Bracketed text
 * is one key even when it contains dots (label keys and resource names do).
 */
export function parseProblemPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') {
      i++;
    } else if (path[i] === '[') {
      const close = path.indexOf(']', i);
      const inside = path.slice(i + 1, close === -1 ? path.length : close);
      segments.push(/^\d+$/.test(inside) ? Number(inside) : inside);
      i = close === -1 ? path.length : close + 1;
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      segments.push(path.slice(i, end));
      i = end;
    }
  }
  return segments;
}

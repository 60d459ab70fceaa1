/**
 * A small XML well-formedness check for tests: tags balance, attribute values are quoted, and
 * `&` and `<` appear only as markup or entity references. A hand-written scanner rather than a
 * parser dependency or a DOM, so domain tests stay dependency- and DOM-free. Returns the first
 * problem, or undefined.
 */
export function xmlProblem(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;

  const isNameChar = (c: string | undefined) =>
    c !== undefined &&
    ((c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9') ||
      c === '-' ||
      c === '_' ||
      c === ':' ||
      c === '.');
  const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r';
  const readName = (): string => {
    const start = i;
    while (isNameChar(xml[i])) i++;
    return xml.slice(start, i);
  };
  /** An entity reference at `at` (which holds `&`): its length, or 0 when it is not one. */
  const entityLength = (at: number): number => {
    const end = xml.indexOf(';', at);
    if (end < 0) return 0;
    const body = xml.slice(at + 1, end);
    if (['amp', 'lt', 'gt', 'quot', 'apos'].includes(body)) return end - at + 1;
    const digits = body.startsWith('#x')
      ? body.slice(2)
      : body.startsWith('#')
        ? body.slice(1)
        : '';
    const hex = body.startsWith('#x');
    if (digits.length === 0) return 0;
    for (const d of digits) {
      const ok =
        (d >= '0' && d <= '9') || (hex && ((d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F')));
      if (!ok) return 0;
    }
    return end - at + 1;
  };

  for (const char of xml) {
    const cp = char.codePointAt(0) ?? 0;
    const ok =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      cp >= 0x10000;
    if (!ok) return `character U+${cp.toString(16)} is not allowed in XML`;
  }

  while (i < xml.length) {
    const c = xml[i];
    if (c === '&') {
      const length = entityLength(i);
      if (length === 0) return `bare & at ${i}`;
      i += length;
      continue;
    }
    if (c !== '<') {
      if (stack.length === 0 && !isSpace(c)) return `text outside the root element at ${i}`;
      i++;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return 'unterminated processing instruction';
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) return 'unterminated comment';
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = readName();
      while (isSpace(xml[i])) i++;
      if (xml[i] !== '>') return `malformed end tag </${name}`;
      i++;
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
      continue;
    }
    i++;
    const name = readName();
    if (!name) return `malformed tag at ${i}`;
    if (stack.length === 0 && ++roots > 1) return `second root element <${name}>`;
    const seen = new Set<string>();
    for (;;) {
      const hadSpace = isSpace(xml[i]);
      while (isSpace(xml[i])) i++;
      if (xml[i] === '>') {
        i++;
        stack.push(name);
        break;
      }
      if (xml.startsWith('/>', i)) {
        i += 2;
        break;
      }
      if (!hadSpace) return `no space before an attribute in <${name}>`;
      const attribute = readName();
      if (!attribute) return `malformed attribute in <${name}> at ${i}`;
      if (seen.has(attribute)) return `attribute ${attribute} twice in <${name}>`;
      seen.add(attribute);
      if (xml[i] !== '=') return `attribute ${attribute} in <${name}> has no value`;
      i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") return `attribute ${attribute} in <${name}> is unquoted`;
      i++;
      while (xml[i] !== quote) {
        if (i >= xml.length) return `attribute ${attribute} in <${name}> is unterminated`;
        if (xml[i] === '<') return `< inside attribute ${attribute} of <${name}>`;
        if (xml[i] === '&') {
          const length = entityLength(i);
          if (length === 0) return `bare & in attribute ${attribute} of <${name}>`;
          i += length;
        } else i++;
      }
      i++;
    }
  }
  if (stack.length > 0) return `<${stack.join('> <')}> never closed`;
  if (roots === 0) return 'no root element';
  return undefined;
}

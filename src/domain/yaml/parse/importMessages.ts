export interface ImportMessage {
  severity: 'error' | 'warning' | 'info';
  /** The file the text came from, or "pasted text". */
  source: string;
  /** 1-based line in that file, when the message is about one place. */
  line?: number;
  text: string;
}

export function describeWhere(message: ImportMessage): string {
  return message.line === undefined ? message.source : `${message.source}:${message.line}`;
}

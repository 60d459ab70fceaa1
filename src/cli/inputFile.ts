/** One input as read by the CLI: a path as the user gave it (or "-" / "<stdin>") and its whole text. */
export interface InputFile {
  path: string;
  text: string;
}

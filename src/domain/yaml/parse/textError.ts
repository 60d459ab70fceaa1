/** A line of typed text that cannot be taken, and why: what the YAML panel marks there. */
export interface TextError {
  /** 1-based. */
  line: number;
  message: string;
}

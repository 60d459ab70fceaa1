/** A design of `classes` EC2NodeClasses and `pools` NodePools as one multi-document YAML file. */
export function largeDesignYaml(options?: {
  classes?: number;
  pools?: number;
  prefix?: string;
}): string;

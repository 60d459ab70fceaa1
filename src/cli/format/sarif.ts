import type { Finding } from '../finding';

const LEVEL: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A path as a SARIF artifact URI: relative, forward slashes, each segment percent-encoded. */
function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * `--format sarif`: SARIF 2.1.0 for code scanning (GitHub's upload-sarif action): one run, the
 * rules that fired under `tool.driver.rules`, one result a finding with its file and region.
 */
export function formatSarif(findings: readonly Finding[], version: string): string {
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(rules.map((rule, i) => [rule, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nodepool-designer',
            semanticVersion: version,
            rules: rules.map((id) => ({
              id,
              name: id,
              shortDescription: { text: `nodepool-designer rule ${id}` },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(f.file) },
                region: { startLine: f.line, startColumn: f.column },
              },
              ...(f.resource
                ? {
                    logicalLocations: [
                      {
                        name: f.resource.name,
                        kind: 'resource',
                        fullyQualifiedName: `${f.resource.kind}/${f.resource.name}`,
                      },
                    ],
                  }
                : {}),
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

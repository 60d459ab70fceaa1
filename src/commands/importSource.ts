import type { ImportSource } from '../domain/yaml/import/importYamlSources';

/** One file or pasted text, read only once the import has checked its size. */
export interface Source {
  name: string;
  read: () => Promise<ImportSource>;
  size: number;
}

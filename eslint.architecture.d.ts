import type { Linter } from 'eslint';

/** The architecture guard's ESLint config blocks (see eslint.architecture.js). */
export declare const architecture: Linter.Config[];

/** The outer layers, lowest first; folders in one layer are peers. */
export declare const OUTER_LAYERS: string[][];

/** The domain's inner layers, lowest first. */
export declare const DOMAIN_LAYERS: string[][];

/** The command-line tool's folder under src: it may import the domain only. */
export declare const CLI: string;

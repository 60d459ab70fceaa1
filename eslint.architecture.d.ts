import type { Linter } from 'eslint';

/** The architecture guard's ESLint config blocks (see eslint.architecture.js). */
export declare const architecture: Linter.Config[];

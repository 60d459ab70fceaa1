import { expose } from 'comlink';
import { deflateStateJson } from '../domain/design/deflateState';

/** The worker side of backgroundDeflate.ts. */
export const deflateApi = { deflateStateJson };

expose(deflateApi);

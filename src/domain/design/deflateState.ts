import { deflateSync, strToU8 } from 'fflate';
import { toBase64Url } from '../lib/base64Url';

/** A long stored state as it is kept: deflated, then base64url (storedDesign.ts). */
export function deflateStateJson(stateJson: string): string {
  return toBase64Url(deflateSync(strToU8(stateJson), { level: 6 }));
}

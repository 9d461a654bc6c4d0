/**
 * Plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything else is refused
 * with a request to save as UTF-8; guessing between Windows-1258, TCVN3 and VNI would
 * silently corrupt Vietnamese text.
 */
import { extractError } from './errors';

export function decodeText(bytes: Uint8Array): string {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;

  const body = bytes.subarray(start);
  if (encoding !== 'utf-8' && body.length % 2 !== 0) throw extractError('BAD_ENCODING');
  let text: string;
  try {
    // ignoreBOM: the mark is already skipped; a second one would be content
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (e) {
    throw extractError('BAD_ENCODING', e);
  }
  if (encoding === 'utf-8' && text.includes('\u0000')) throw extractError('BAD_ENCODING'); // UTF-16 without BOM
  return text;
}

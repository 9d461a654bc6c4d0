/**
 * Parse one directive and print the contract JSON.
 *   node --import tsx packages/parser/src/cli.ts FILE   (or "-" for standard input)
 * Exit 0 with the JSON on stdout; exit 1 with one line on stderr when the input is unreadable
 * (missing file, a directory, not UTF-8 text).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseDirective } from './index';

function fail(message: string): never {
  process.stderr.write(`parse: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
}

/** Decode UTF-8 strictly; refuse binary data. */
export function decodeText(buf: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
  if (text.includes('\u0000')) return null;
  // other C0 controls (besides tab, line ends, form feed, vertical tab, escape) mark binary data
  const controls = text.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls > text.length * 0.01) return null;
  return text;
}

function readInput(arg: string): Buffer {
  if (arg === '-') {
    try {
      return readFileSync(0);
    } catch (e) {
      fail(`cannot read standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  let isDir = false;
  try {
    isDir = statSync(arg).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${arg}` : `cannot read ${arg} (${code ?? 'error'})`);
  }
  if (isDir) fail(`${arg} is a directory, not a text file`);
  try {
    return readFileSync(arg);
  } catch (e) {
    fail(`cannot read ${arg} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function main(argv: string[]): void {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1) fail('usage: parse FILE (or - for standard input)');
  const arg = args[0] ?? '-';
  const text = decodeText(readInput(arg));
  if (text === null) fail(`${arg === '-' ? 'standard input' : arg} is not UTF-8 text`);
  const json = JSON.stringify(parseDirective(text), null, 2);
  process.stdout.write(`${json}\n`);
}

main(process.argv.slice(2));

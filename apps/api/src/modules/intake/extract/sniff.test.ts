import { describe, expect, it } from 'vitest';
import { extractText, MAX_UPLOAD_BYTES, sniffKind } from './index';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0));

function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('sniffKind', () => {
  it('goes by content, not by name', () => {
    expect(sniffKind(enc('%PDF-1.7\n'), 'cong-van.docx')).toBe('pdf');
    expect(sniffKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'cong-van.pdf')).toBe('docx');
    expect(sniffKind(enc('Kính gửi: Báo Lạng Sơn'), 'anh.png')).toBe('txt');
    expect(sniffKind(utf16('Kính gửi', true), 'a.txt')).toBe('txt');
    expect(sniffKind(PNG, 'cong-van.txt')).toBeNull();
    expect(sniffKind(OLE, 'cong-van.doc')).toBeNull();
    expect(sniffKind(enc('{\\rtf1\\ansi Kính gửi}'), 'cong-van.rtf')).toBeNull();
  });
});

describe('extractText: plain text and refusals', () => {
  it('reads UTF-8 with or without BOM, CRLF, and returns NFC text', async () => {
    const out = await extractText(enc('\uFEFFKính gửi:\r\n- Báo Lạng Sơn;  \r\n'), 'a.txt');
    expect(out).toEqual({ kind: 'txt', text: 'Kính gửi:\n- Báo Lạng Sơn;', warnings: [] });
    const decomposed = 'Kính gửi'.normalize('NFD');
    expect((await extractText(enc(decomposed), 'b.txt')).text).toBe('Kính gửi');
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', async () => {
    for (const le of [true, false]) {
      const out = await extractText(utf16('Kính gửi: Sở Y tế.\nĐề nghị…', le), 'unicode.txt');
      expect(out.text).toBe('Kính gửi: Sở Y tế.\nĐề nghị…');
    }
  });

  it('asks to save as UTF-8 when the text is in an old code page or UTF-16 without BOM', async () => {
    const windows1258 = bytes(...enc('K'), 0xed, ...enc('nh g'), 0xec, ...enc('i: S'), 0xf4, ...enc(' Y t'), 0xea);
    await expect(extractText(windows1258, 'cp1258.txt')).rejects.toMatchObject({ status: 400, code: 'BAD_ENCODING' });
    await expect(extractText(utf16('Kính gửi các đơn vị', true).subarray(2), 'nobom.txt')).rejects.toMatchObject({ code: 'BAD_ENCODING' });
  });

  it('refuses an empty file or one with only blank lines', async () => {
    await expect(extractText(new Uint8Array(0), 'a.txt')).rejects.toMatchObject({ status: 400, code: 'EMPTY_FILE' });
    await expect(extractText(enc('\uFEFF \n\t\n'), 'a.txt')).rejects.toMatchObject({ status: 400, code: 'EMPTY_FILE' });
  });

  it('asks to save an old .doc as .docx or PDF', async () => {
    const err = await extractText(OLE, 'cong-van.doc').catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 415, code: 'LEGACY_DOC' });
    expect((err as Error).message).toMatch(/\.docx/u);
    await expect(extractText(OLE, 'bang.xls')).rejects.toMatchObject({ status: 415, code: 'UNSUPPORTED_TYPE' });
  });

  it('tells a password-protected .docx (an OLE file holding "EncryptedPackage") from an old .doc', async () => {
    const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array(1024);
    encrypted.set(OLE);
    encrypted.set(name, 600);
    await expect(extractText(encrypted, 'cong-van.docx')).rejects.toMatchObject({ status: 400, code: 'DOCX_PASSWORD' });
  });

  it('refuses images and other binaries, whatever their name', async () => {
    const err = await extractText(PNG, 'cong-van.pdf').catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 415, code: 'UNSUPPORTED_TYPE' });
    expect((err as Error).message).toMatch(/\.txt, \.docx hoặc \.pdf/u);
    await expect(extractText(enc('{\\rtf1\\ansi x}'), 'a.rtf')).rejects.toMatchObject({ code: 'UNSUPPORTED_TYPE' });
  });

  it('refuses more than 10 MB before looking inside', async () => {
    const big = new Uint8Array(11 * 1024 * 1024); // zeros: would be "unsupported" if it were read
    const t0 = performance.now();
    const err = await extractText(big, 'lon.pdf').catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 413, code: 'TOO_LARGE' });
    expect((err as Error).message).toMatch(/10 MB/u);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
  });

  it('warns when the text is typed in an old TCVN3 or VNI font', async () => {
    const tcvn3 = 'C«ng v¨n ®Ò nghÞ c¸c c¬ quan, ®¬n vÞ tæ chøc tuyªn truyÒn néi dung nªu trªn vµ b¸o c¸o kÕt qu¶ vÒ Së khi cã yªu cÇu.';
    const vni = 'Coâng vaên ñeà nghò caùc cô quan, ñôn vò toå chöùc tuyeân truyeàn noäi dung neâu treân vaø baùo caùo keát quaû veà Sôû.';
    for (const legacy of [tcvn3, vni]) {
      const out = await extractText(enc(legacy), 'cu.txt');
      expect(out.warnings).toHaveLength(1);
      expect(out.warnings[0]).toMatch(/TCVN3/u);
    }
    expect((await extractText(enc('Đề nghị các cơ quan, đơn vị tổ chức tuyên truyền nội dung nêu trên và báo cáo kết quả về Sở khi có yêu cầu.'), 'a.txt')).warnings).toEqual([]);
  });
});

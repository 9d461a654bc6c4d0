import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bufferSource, detectEvidenceType, evidenceName, TYPES } from './evidence-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const kindOf = (b: Uint8Array) => detectEvidenceType(bufferSource(b))?.kind ?? null;
const pad = (b: Buffer, n = 64) => Buffer.concat([b, Buffer.alloc(n)]);

describe('evidence type by content', () => {
  it('recognises every allow-listed type by its magic bytes', () => {
    expect(kindOf(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(kindOf(zipSync({ '[Content_Types].xml': new Uint8Array([60]), 'word/document.xml': new Uint8Array([60, 119]) }))).toBe('docx');
    expect(kindOf(zipSync({ '[Content_Types].xml': new Uint8Array([60]), 'xl/workbook.xml': new Uint8Array([60, 119]) }))).toBe('xlsx');
    expect(kindOf(pad(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')))).toBe('jpg');
    expect(kindOf(pad(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))).toBe('png');
    expect(kindOf(pad(bytes('ID3', [4, 0, 0, 0, 0, 0, 0])))).toBe('mp3');
    expect(kindOf(pad(bytes([0xff, 0xfb, 0x90, 0x64])))).toBe('mp3'); // MPEG-1 layer III frame without a tag
    expect(kindOf(pad(bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0], 'isomiso2avc1mp41')))).toBe('mp4');
    expect(kindOf(Buffer.from('Báo cáo kết quả tuyên truyền\r\nĐã đăng 12 tin, bài.\n', 'utf8'))).toBe('txt');
  });

  it('refuses look-alikes and everything else', () => {
    expect(kindOf(pad(bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]), 512))).toBeNull(); // a Windows program
    expect(kindOf(zipSync({ 'setup.exe': new Uint8Array([77, 90, 0, 0]) }))).toBeNull(); // a zip that is not Office
    expect(kindOf(pad(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic')))).toBeNull(); // a HEIC photo
    expect(kindOf(Buffer.from('Vi\xEAt Nam', 'latin1'))).toBeNull(); // 8-bit text, not UTF-8
    expect(kindOf(bytes('PK', [3, 4], 'truncated'))).toBeNull();
    expect(kindOf(new Uint8Array(0))).toBeNull();
    expect(kindOf(bytes([0xff, 0xf1, 0x50, 0x80]))).not.toBe('mp3'); // AAC ADTS: layer bits 00
  });

  it('names the file after its content, without folders or control characters', () => {
    expect(evidenceName('anh-hoi-nghi.jpg', TYPES.pdf)).toBe('anh-hoi-nghi.pdf');
    expect(evidenceName('Ảnh hội nghị.JPEG', TYPES.jpg)).toBe('Ảnh hội nghị.jpeg');
    expect(evidenceName('../../etc/passwd', TYPES.txt)).toBe('passwd.txt');
    expect(evidenceName('C:\\Users\\a\\bao\u0007cao.docx', TYPES.docx)).toBe('baocao.docx');
    expect(evidenceName('', TYPES.png)).toBe('minh-chung.png');
    expect(evidenceName(`${'a'.repeat(300)}.pdf`, TYPES.pdf)).toHaveLength(200);
  });
});

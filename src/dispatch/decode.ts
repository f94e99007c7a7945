// Bytes → text. Wire copy comes as UTF-8 (with or without BOM) or, for older
// copy, Windows-1252 / ISO-8859-1; a file saved by a Windows editor may be
// UTF-16 with its BOM. Valid UTF-8 is taken as UTF-8; anything else is
// single-byte Western European, decoded by iconv-lite: Node 20's
// TextDecoder('windows-1252') decodes as ISO-8859-1 and leaves 0x92 as a C1
// control instead of ’ (a test guards this). Bytes that are no text at all
// (images, archives, word-processor files) are recognised and refused.
import { hash } from 'node:crypto';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

export interface Decoded {
  text: string;
  encoding: Encoding;
  sha256: string;
  bom: boolean;
  /** Not text: NUL bytes or mostly control characters. */
  binary: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}

export function decodeDispatch(bytes: Uint8Array): Decoded {
  const sha256 = hash('sha256', bytes, 'hex');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', sha256, bom: true, binary: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', sha256, bom: true, binary: false };
  }
  if (looksBinary(bytes)) return { text: '', encoding: 'utf-8', sha256, bom: false, binary: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = utf8.decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf-8', sha256, bom, binary: false };
  } catch {
    // 0x80–0x9F are printable in Windows-1252 (’ “ ” – …) and controls in
    // ISO-8859-1: their presence tells which of the two the file is.
    const c1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: c1 ? 'windows-1252' : 'iso-8859-1', sha256, bom: false, binary: false };
  }
}

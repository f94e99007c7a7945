// Bytes → text. Wire copy comes as UTF-8 (with or without BOM) or, for older
// copy, Windows-1252 / ISO-8859-1. Valid UTF-8 is taken as UTF-8; anything
// else is single-byte Western European, decoded by iconv-lite: Node 20's
// TextDecoder('windows-1252') decodes as ISO-8859-1 and leaves 0x92 as a C1
// control instead of ’ (a test guards this).
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'iso-8859-1';
  sha256: string;
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeDispatch(bytes: Uint8Array): Decoded {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = utf8.decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf-8', sha256, bom };
  } catch {
    // 0x80–0x9F are printable in Windows-1252 (’ “ ” – …) and controls in
    // ISO-8859-1: their presence tells which of the two the file is.
    const c1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: c1 ? 'windows-1252' : 'iso-8859-1', sha256, bom: false };
  }
}

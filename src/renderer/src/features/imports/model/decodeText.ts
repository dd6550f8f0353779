/**
 * Bytes of a text spreadsheet to a string. UTF-8 (with or without BOM) is tried strictly first; a
 * file that is not valid UTF-8 is read as Windows-1252, the Swedish Excel default. The user can
 * override the guess after seeing the preview.
 */
export const TEXT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export type DecodedText = { text: string; encoding: TextEncodingName };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

/** A zip container (xlsx, docx…): starts with "PK\x03\x04". */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * True for data that is not text: NUL bytes or many control characters in the first 4 kB (an image,
 * a PDF, an old .xls). UTF-16 files are refused the same way; Excel never writes CSV as UTF-16.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  if (forced) return { text: new TextDecoder(forced).decode(body), encoding: forced };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

import { strToU8, Zip, ZipDeflate } from 'fflate';
import { concatBytes } from './xlsxSheet';

/** One part of the package being written: bytes are compressed as they come. */
export type XlsxEntryWriter = {
  write: (bytes: Uint8Array) => Promise<void>;
  close: () => Promise<void>;
};

/** The zip around the sheets (fflate, streaming: a 150 MB worksheet is never held uncompressed). */
export type XlsxPackage = {
  entry: (name: string) => XlsxEntryWriter;
  add: (name: string, text: string) => Promise<void>;
  /** The finished file. */
  finish: (onPacking: (percent: number) => void) => Promise<Uint8Array>;
};

/** Fast DEFLATE: a worksheet compresses well at any level, and level 6 costs twice the time. */
const LEVEL = 3;

export function openXlsxPackage(): XlsxPackage {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let isFinished = false;
  const zip = new Zip((error, data, final) => {
    if (error) failure = error;
    else chunks.push(data);
    if (final) isFinished = true;
  });
  const check = () => {
    if (failure) throw failure;
  };
  const entry = (name: string): XlsxEntryWriter => {
    const file = new ZipDeflate(name, { level: LEVEL });
    zip.add(file);
    return {
      write: async (bytes) => {
        file.push(bytes);
        check();
      },
      close: async () => {
        file.push(new Uint8Array(0), true);
        check();
      },
    };
  };
  return {
    entry,
    add: async (name, text) => {
      const writer = entry(name);
      await writer.write(strToU8(text));
      await writer.close();
    },
    // Each entry was compressed as it was written: packing is only putting the parts together.
    finish: async (onPacking) => {
      zip.end();
      check();
      if (!isFinished) throw new Error('The xlsx package was not completed.');
      onPacking(100);
      return concatBytes(chunks);
    },
  };
}

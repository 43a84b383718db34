// Tells binary files (images, archives, executables, anything with NUL bytes) from RDF text before decoding them.
import { NotRdfError } from './errors';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Leading bytes of common non-text files that RDF text cannot start with (others are caught by their NUL bytes). */
const SIGNATURES: readonly { what: string; bytes: readonly number[] }[] = [
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: ascii('GIF87a') },
  { what: 'a GIF image', bytes: ascii('GIF89a') },
  { what: 'a PDF document', bytes: ascii('%PDF-') },
  { what: 'a ZIP archive (or .docx, .xlsx, .jar)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'gzip-compressed data (decompress it first)', bytes: [0x1f, 0x8b] },
  { what: 'xz-compressed data (decompress it first)', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'zstd-compressed data (decompress it first)', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: 'an SQLite database', bytes: ascii('SQLite format 3\0') },
];

/** How many leading bytes `nonRdfSignature` looks at: give it at least this many when the input has them. */
export const SIGNATURE_BYTES = 16;

/** What the first bytes of an input say it is, when it is a known non-text format; undefined for anything else. */
export function nonRdfSignature(start: Uint8Array): string | undefined {
  for (const { what, bytes } of SIGNATURES) {
    if (start.length >= bytes.length && bytes.every((b, i) => start[i] === b)) return what;
  }
  // UTF-16 text has a NUL byte next to every ASCII character; say so rather than "binary data"
  if (
    start.length >= 4 &&
    ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) &&
    (start[2] === 0 || start[3] === 0)
  ) {
    return 'UTF-16 text (RDF files here must be UTF-8)';
  }
  return undefined;
}

/** How much of an input the control-byte scan reads: enough to tell, little enough to do before anything else. */
export const SNIFF_BYTES = 64 * 1024;

const TAB = 0x09,
  LF = 0x0a,
  FF = 0x0c,
  CR = 0x0d,
  HASH = 0x23,
  LT = 0x3c,
  GT = 0x3e,
  BACKSLASH = 0x5c;
const isText = (b: number): boolean => b >= 0x20 || b === TAB || b === LF || b === CR || b === FF;

/**
 * The first control byte (NUL, BEL, ESC, …) outside string literals, IRIs and comments in `sample`, or -1.
 * No RDF syntax allows one there (Turtle and JSON whitespace is space, tab, CR, LF), while a literal may
 * hold any character raw (the W3C tests have NUL inside strings), so strings are skipped.
 */
export function strayControlByte(sample: Uint8Array): number {
  const n = sample.length;
  let i = 0;
  for (let b = sample[i]; b !== undefined; b = sample[i]) {
    if (b === 0x22 || b === 0x27) {
      const long = sample[i + 1] === b && sample[i + 2] === b;
      i += long ? 3 : 1;
      while (i < n) {
        const c = sample[i];
        if (c === BACKSLASH) {
          i += 2;
          continue;
        }
        if (c === b && (!long || (sample[i + 1] === b && sample[i + 2] === b))) {
          i += long ? 3 : 1;
          break;
        }
        if (!long && (c === LF || c === CR)) break;
        i++;
      }
    } else if (b === LT) {
      while (i < n && sample[i] !== GT && sample[i] !== LF) i++;
      i++;
    } else if (b === HASH) {
      while (i < n && sample[i] !== LF && sample[i] !== CR) i++;
    } else if (!isText(b)) {
      return i;
    } else {
      i++;
    }
  }
  return -1;
}

/**
 * Throws `NotRdfError` when the start of an input is plainly not RDF text: a known binary signature, or a
 * control byte (NUL and the like) where no RDF syntax allows one. Looks at the first `SNIFF_BYTES` only, so it
 * can run on the first chunk of a stream before the rest is read.
 */
export function checkRdfBytes(bytes: Uint8Array, file?: string): void {
  const what = nonRdfSignature(bytes.subarray(0, SIGNATURE_BYTES));
  if (what) throw new NotRdfError(what, 0, file);
  const at = strayControlByte(bytes.subarray(0, SNIFF_BYTES));
  if (at >= 0) {
    const byte = bytes[at] ?? 0;
    throw new NotRdfError(
      byte === 0 ? 'binary data (a NUL byte)' : `binary data (control byte 0x${byte.toString(16).padStart(2, '0')})`,
      at,
      file,
    );
  }
}

/** The same check for text already decoded (the explorer and tests pass strings). */
export function checkRdfText(text: string, file?: string): void {
  checkRdfBytes(new TextEncoder().encode(text.slice(0, SNIFF_BYTES)), file);
}

// Recognises files that are certainly not RDF text (images, archives, other binaries) from their first bytes.
const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** What the file looks like when it cannot be RDF text, else null. RDF text never holds a NUL byte. */
export function notRdfReason(head: Uint8Array): string | null {
  for (const [what, magic] of MAGIC) {
    if (magic.every((byte, i) => head[i] === byte)) return what;
  }
  return head.includes(0) ? 'a binary file' : null;
}

/** The check on a file's first 512 bytes: the message to show, or null when the file may be RDF. */
export async function notRdfMessage(file: Blob & { name: string }): Promise<string | null> {
  const head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
  const what = notRdfReason(head);
  return what === null ? null : `${file.name} is not an RDF file: it looks like ${what}. The graph was not changed.`;
}

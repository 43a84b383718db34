// An RFC 4180 reader for tests: what a spreadsheet reads back from the explorer's CSV, not just the bytes written.

/** Records of a CSV text; quoted fields may hold commas, doubled quotes and line breaks. Throws on a broken file. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at offset ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at offset ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (cell !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

/** Records as objects keyed by the header row. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header = [], ...rows] = readCsv(text);
  for (const [n, row] of rows.entries())
    if (row.length !== header.length) throw new Error(`record ${n + 2} has ${row.length} fields, not ${header.length}`);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

// Writing to stdout/stderr and files: data on stdout, messages on stderr, files replaced atomically.
import { rename, writeFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Writes to stdout and waits until it is flushed; a closed pipe (`| head`) ends quietly. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (text.length === 0) return resolve();
    process.stdout.write(text, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}

export function writeStderr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a file through a temporary sibling and a rename, so a failed export never leaves half a file. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Writes `text` to `--out FILE` or to stdout. */
export async function emit(text: string, out: string | undefined): Promise<void> {
  if (out && out !== '-') await writeFileAtomic(out, text);
  else await writeStdout(text);
}

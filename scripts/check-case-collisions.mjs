// Fails when two tracked files in one folder differ only in case, either in their full
// name (`Notes.md` / `notes.md`) or in their name without the extension (`HandoffForm.tsx` /
// `handoffForm.ts`, `ConfirmDialog.tsx` / `confirmDialog.css`). On the case-insensitive file
// systems of Windows and macOS the first pair cannot both be checked out, and the second makes
// an extensionless import (`./handoffForm`) resolve to whichever file the resolver tries first.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);

/** `a/b/Name.test.tsx` → `Name`: the part a module specifier or a human would name. */
const stemOf = (name) => name.replace(/\..*$/, '');

const seen = new Map();
const problems = [];
for (const file of files) {
  const dir = path.posix.dirname(file);
  const name = path.posix.basename(file);
  for (const key of [
    `name:${dir}/${name.toLowerCase()}`,
    `stem:${dir}/${stemOf(name).toLowerCase()}`,
  ]) {
    const other = seen.get(key);
    if (other === undefined) {
      seen.set(key, file);
      continue;
    }
    const same = key.startsWith('name:')
      ? path.posix.basename(other) === name
      : stemOf(path.posix.basename(other)) === stemOf(name);
    if (!same) problems.push(`${other} and ${file} differ only in case`);
  }
}

if (problems.length > 0) {
  for (const problem of [...new Set(problems)]) console.error(problem);
  console.error('Rename one of each pair: Windows and macOS file systems cannot tell them apart.');
  process.exit(1);
}

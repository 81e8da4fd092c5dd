/** Paths as they are typed in a shell, for the commands the CLI and the headers print. */

/** A path as a shell word: quoted when it holds anything beyond letters, digits and `_./-`. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

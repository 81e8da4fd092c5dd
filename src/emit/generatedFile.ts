/** What the emit stage gives the format stage, and the format stage the write stage: one file of the output. */

/** One output file: its path inside the output folder and its contents. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
  /**
   * Printed from structures (not a copied template): its top-level statements start at column 0 after a blank line,
   * so the format stage may format it a group of statements at a time (format/statementGroups.ts), and every line
   * that fits the width is in prettier's layout, so a group's other lines are all that prettier formats
   * (format/settle.ts).
   */
  readonly printed?: true;
}

/**
 * Turns ts-morph structures into source text. One in-memory project is reused: creating a project
 * loads the TypeScript compiler's settings, which is the slow part.
 */
import { Project, type SourceFileStructure, type OptionalKind } from "ts-morph";

let project: Project | undefined;

export function printStructure(structure: OptionalKind<SourceFileStructure>): string {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile("emitted.ts", structure, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}

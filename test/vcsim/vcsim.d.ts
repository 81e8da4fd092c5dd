// The types of vcsim.js, for the TypeScript suites and the bench that load it (it stays JavaScript: globalSetup runs
// before jest transforms anything).
import type { ChildProcess } from "node:child_process";

/** Why vcsim cannot be built here (the Debian toolchain is missing), or undefined. */
export function missingToolchain(): string | undefined;
/** Builds the simulator (cached by its inputs' digest) and returns the binary's path. */
export function buildVcsim(): string;
/** Starts the simulator with main.go's flags; resolves once it listens on 127.0.0.1. */
export function startVcsim(
  binary: string,
  args?: readonly string[],
): Promise<{ url: string; signedUrl: string | undefined; child: ChildProcess }>;
/** SIGTERM, then SIGKILL after `graceMs` (2 s); resolves once the simulator has exited. */
export function stopVcsim(child: ChildProcess, graceMs?: number): Promise<void>;

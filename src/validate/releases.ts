/**
 * The order of vSphere releases, for the since rule: numbers compared part by part ("8.0.1.0" after "8.0"), with
 * vSphere 2.5's update releases between 2.5 and 4.0. Shared by the validator and the vim25 transcription.
 */

/** A release's numbers in order: `2.5u2` is 2.5.0.2 and `2.5u2server` 2.5.0.2.1, between 2.5 and 4.0. */
const releaseParts = (release: string): number[] => {
  const [, numbers = release, update, server] = /^([0-9.]+)u([0-9]+)(server)?$/.exec(release) ?? [];
  const parts = numbers.split(".").map(Number);
  return update === undefined
    ? parts
    : [...parts, ...Array(Math.max(0, 3 - parts.length)).fill(0), Number(update), ...(server ? [1] : [])];
};

/** Whether release `a` came after release `b` ("8.0.1.0" after "8.0"). */
export function laterRelease(a: string, b: string): boolean {
  const [x, y] = [releaseParts(a), releaseParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/**
 * What the stream readers hand on: a value's text with its place in the stream, or values already decoded many at a
 * time. Its own module so that the NDJSON and JSON-array readers and the public stream API share these shapes without
 * importing each other. Copied into the output folder with the other templates.
 */
/** Where a value sits in the stream: its index (from 0) and, in NDJSON, its line (from 1). */
export interface StreamPosition {
    readonly index: number;
    readonly line: number | undefined;
}
/** One value's text and where it was. */
export interface Piece {
    readonly text: string;
    readonly at: StreamPosition;
}
/** Values found in a stream: texts to parse one by one, or values already decoded many at a time. */
export type Batch<T> = {
    readonly pieces: Piece[];
    readonly values?: undefined;
} | {
    readonly values: T[];
};

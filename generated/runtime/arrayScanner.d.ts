import type { Piece } from "./streamBatch.js";
/** A truncated or malformed array stream: thrown at the place it was found. */
export declare class StreamSyntax extends Error {
    readonly path: string;
    constructor(path: string, message: string);
}
/**
 * Finds the elements of one JSON array across chunks, following strings and nesting: each element's text is handed
 * on whole (and checked by the parse function), the rest is never kept. Plain code over a whole chunk: strings are skipped
 * with `indexOf`, the short text between them is looked at character by character.
 */
export declare class ArrayScanner {
    started: boolean;
    ended: boolean;
    private inElement;
    expectComma: boolean;
    private depth;
    private inString;
    private backslashes;
    private element;
    index: number;
    /** The elements that end in `chunk`, in order. */
    feed(chunk: string): Piece[];
    /**
     * Hands over the text of the element it is inside, if any, and forgets it: the scanner is then between elements,
     * at the start of that element, as `resume` leaves it.
     */
    takePartial(): string;
    /** Continues after the opening [, between elements: after element `index - 1` (so a comma is next) or before one. */
    resume(index: number, expectComma: boolean): void;
    /** At the end of the stream: throws if the array is not complete. */
    end(): void;
}
export declare function isSpace(c: number): boolean;

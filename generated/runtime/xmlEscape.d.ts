/** The first character of `text` that XML 1.0 cannot hold, if any (its index). */
export declare function unwritableAt(text: string): number;
/** Text content that reads back as `text`: markup characters escaped, and CR kept (a reader would normalise it). */
export declare function escapeText(text: string): string;
/** A double-quoted attribute value that reads back as `text` (white space other than spaces survives normalisation). */
export declare function escapeAttribute(text: string): string;

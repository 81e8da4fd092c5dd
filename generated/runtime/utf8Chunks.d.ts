/**
 * Chunks of a stream as text, in pieces of at most PIECE bytes. Complete UTF-8 sequences are decoded without the
 * decoder's `stream` flag (that path is about twice as fast in Node 20), and a sequence a chunk cuts is carried over
 * to the next; a byte order mark is dropped at the start of the stream only, as a streaming decoder does.
 */
export declare function texts(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string>;

/** The format keys a schema's field may have (`type`/`format` pairs, src/formats.ts), one check each. */
export type FormatKey = "string" | "boolean" | "int8" | "int16" | "int32" | "int64" | "double" | "date-time" | "base64";
/** The check of each format key (read by the keys the tables hold, hence a string-keyed record). */
export declare const FORMAT_CHECKS: Readonly<Record<string, (value: unknown) => boolean>>;
/** A primitive box: the format of its value, and whether SOAP names it in XML Schema's namespace (`xsd:int`). */
export interface PrimitiveBox {
    readonly format: string;
    readonly xsd: boolean;
}
/** The primitive box of a `_typeName` (`int`), if it is one. */
export declare function primitiveBox(name: string): PrimitiveBox | undefined;
/** The single box a box of primitives holds (`ArrayOfString` -> `string`, `ArrayOfAnyURI` -> `anyURI`), if any. */
export declare function arrayBoxItem(name: string): string | undefined;
